namespace BrandContent.Api.Studio;

/// <summary>The studio's addresses that code (not only markup) refers to.</summary>
public static class StudioRoutes
{
    public const string Root = "/studio";
    public const string Overview = "/studio/";
    public const string SignIn = "/studio/signin";
    public const string SignOut = "/studio/signout";
    public const string Language = "/studio/language";
    public const string Assets = "/studio/assets";
    public const string Queue = "/studio/queue";
    public const string Review = "/studio/review";
    public const string Xliff = "/studio/xliff";

    /// <summary>Where a page may send the user back to: a path inside the studio, never another site.</summary>
    public static string LocalOrOverview(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 }
        && returnUrl.StartsWith(Root + "/", StringComparison.Ordinal)
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.Contains('\\')
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : Overview;
}
