namespace BrandContent.Api.Studio.Pages.Assets;

/// <summary>What an asset's rights say about using it now: fine, ending soon, or over.</summary>
public enum RightsState
{
    Held,
    ExpiringSoon,
    Expired,
}

public static class RightsWarning
{
    /// <summary>How far ahead an ending licence is flagged.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    /// <summary>The API's <c>rightsExpired</c> decides "over" (one rule, the delivery's); the date only "soon".</summary>
    public static RightsState Of(BankAsset asset, DateTimeOffset now) =>
        asset.RightsExpired ? RightsState.Expired
        : asset.RightsExpireAt is { } end && end - now <= Horizon ? RightsState.ExpiringSoon
        : RightsState.Held;

    /// <summary>Whole days left, at least 0, for "expires in N days".</summary>
    public static int DaysLeft(BankAsset asset, DateTimeOffset now) =>
        asset.RightsExpireAt is { } end ? Math.Max(0, (int)Math.Ceiling((end - now).TotalDays)) : 0;
}
