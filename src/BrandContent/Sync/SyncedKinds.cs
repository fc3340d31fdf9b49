using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Partners;
using BrandContent.Pillars;
using BrandContent.Stories;

namespace BrandContent.Sync;

/// <summary>
/// What a sync is for: whether the caller may see key messages, the market of a market selection, and a partner key's
/// agreement audiences (<see cref="AudienceReach"/>; empty or null: every audience).
/// </summary>
public sealed record SyncAudience(bool KeyMessages, string? Market, IReadOnlyCollection<string>? ReachedAudiences = null);

/// <summary>A kind delta sync serves, with what it checks beyond a visible variant (an asset's rights, a message's markets).</summary>
public sealed record SyncedKind(LocalizedKind Descriptor, Func<IContentEntity, SyncAudience, DateTimeOffset, bool> Serves, bool Messaging = false)
{
    public ContentKind Kind => Descriptor.Kind;

    public bool For(SyncAudience audience) => !Messaging || audience.KeyMessages;
}

/// <summary>The kinds of the <c>DeliveredContent</c> union, in the order a sync pages through them (a token stores the index).</summary>
public static class SyncedKinds
{
    public static readonly IReadOnlyList<SyncedKind> All =
    [
        new(BrandDescriptor.Instance, Always),
        new(PillarDescriptor.Instance, Always),
        new(KeyMessageDescriptor.Instance, (e, audience, _) => (audience.Market is not { } market || ((KeyMessage)e).Markets is var markets && (markets.Count == 0 || markets.Contains(market)))
            && AudienceReach.Admits(audience.ReachedAudiences ?? [], (KeyMessage)e), Messaging: true),
        new(StoryDescriptor.Instance, Always),
        new(AssetDescriptor.Instance, (e, _, now) => ((Asset)e).RightsExpireAt is not { } end || end > now),
        new(EventDescriptor.Instance, Always),
    ];

    public static readonly string[] Names = [.. All.Select(k => k.Kind.ToString())];

    private static bool Always(IContentEntity entity, SyncAudience audience, DateTimeOffset now) => true;
}
