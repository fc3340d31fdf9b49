using System.Security.Cryptography;
using System.Text;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>
/// Where a brand's approved messaging stands: <paramref name="Version"/> names the set of live key-message variants
/// delivery can serve (a hash of their row ids: publishing writes a new live row, unpublishing deletes it, archiving
/// takes the message out), so it changes exactly when a message is published, unpublished, archived or unarchived, or
/// its live variant changes in a locale; <paramref name="ChangedAt"/> is when that last happened (the latest publish or
/// unpublish in the key messages' history, or archiving), null when never. Editing a working copy, or a message's
/// markets and audiences, changes neither. The one place both are defined.
/// </summary>
public sealed record BrandMessaging(string Version, DateTimeOffset? ChangedAt)
{
    /// <summary>The workflow steps that change what delivery serves of a message.</summary>
    public static readonly string[] ChangingActions =
        [nameof(RevisionAction.Published), nameof(RevisionAction.FastTrackPublished), nameof(RevisionAction.Unpublished)];

    /// <summary>Hex characters kept of the SHA-256 (128 bits: collisions are not a concern for a version).</summary>
    private const int VersionLength = 32;

    internal static string VersionOf(IEnumerable<Guid> liveVariantIds)
    {
        var text = string.Join(',', liveVariantIds.Distinct().Order().Select(id => id.ToString("N")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..VersionLength];
    }
}

public static class BrandMessagingReads
{
    /// <summary>
    /// The brand's messaging version and when it changed, in one statement. Live rows this unit of work has added but
    /// not saved yet (a publish in progress) count already, so an event raised in the publishing transaction carries the
    /// version readers will see once it commits.
    /// </summary>
    public static async Task<BrandMessaging> BrandMessagingAsync(this BrandContentDb db, Guid brandId, CancellationToken cancellationToken)
    {
        var kind = nameof(ContentKind.KeyMessage);
        var actions = BrandMessaging.ChangingActions;
        var state = await db.Database.SqlQuery<MessagingState>($"""
            SELECT
                coalesce((SELECT array_agg(m."Id") FROM "KeyMessages" m WHERE m."BrandId" = {brandId} AND m."ArchivedAt" IS NULL), ARRAY[]::uuid[]) AS "Messages",
                coalesce((SELECT array_agg(v."Id") FROM "KeyMessageVariants" v JOIN "KeyMessages" m ON m."Id" = v."KeyMessageId"
                          WHERE m."BrandId" = {brandId} AND m."ArchivedAt" IS NULL AND v."IsLive"), ARRAY[]::uuid[]) AS "LiveVariants",
                greatest(
                    (SELECT max(r."At") FROM "VariantRevisions" r JOIN "KeyMessages" m ON m."Id" = r."EntityId"
                     WHERE m."BrandId" = {brandId} AND r."Kind" = {kind} AND r."Action" = ANY({actions})),
                    (SELECT max(m."ArchivedAt") FROM "KeyMessages" m WHERE m."BrandId" = {brandId})) AS "ChangedAt"
            """).SingleAsync(cancellationToken);
        var messages = state.Messages.ToHashSet();
        var pending = db.ChangeTracker.Entries<KeyMessageVariant>()
            .Where(e => e.State == EntityState.Added && e.Entity.IsLive && messages.Contains(e.Entity.KeyMessageId))
            .Select(e => e.Entity.Id);
        return new BrandMessaging(BrandMessaging.VersionOf(state.LiveVariants.Concat(pending)), state.ChangedAt);
    }

    private sealed record MessagingState(Guid[] Messages, Guid[] LiveVariants, DateTimeOffset? ChangedAt);
}
