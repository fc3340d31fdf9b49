using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Changes;

/// <summary>
/// Writers say what they changed, in their own transaction: PostgreSQL delivers the notification to every server's
/// <see cref="ChangeListener"/> when the transaction commits, and never when it rolls back (LISTEN/NOTIFY, no extra
/// service). The notice is also kept on the DbContext, so the writing request can act on it at once, locally.
/// See docs/architecture.md, "Caching and change notifications".
/// </summary>
public static class ChangeAnnouncements
{
    public const string Channel = "brandcontent_changes";

    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more; a longer list of tags becomes "everything".</summary>
    private const int MaxPayloadLength = 7_000;

    /// <summary>
    /// Content of a brand changed (published, unpublished, its own values, archived): its answers and those of the
    /// brands above and below it, which embed its name, pillars or messages, and the answers about all brands.
    /// </summary>
    public static async Task AnnounceBrandChangeAsync(this BrandContentDb db, Guid brandId, CancellationToken cancellationToken)
    {
        var links = await db.Brands.Select(b => new { b.Id, b.ParentId }).ToDictionaryAsync(b => b.Id, b => b.ParentId, cancellationToken);
        var family = Above(brandId).Append(brandId).Concat(links.Keys.Where(id => Above(id).Contains(brandId))).ToHashSet();

        // The brand's parent, the parent's parent…; a cycle (never written, but cheap to survive) ends the walk.
        IEnumerable<Guid> Above(Guid id)
        {
            var seen = new HashSet<Guid>();
            for (var up = links.GetValueOrDefault(id); up is { } parent && seen.Add(parent); up = links.GetValueOrDefault(parent))
            {
                yield return parent;
            }
        }

        await db.AnnounceAsync([ChangeTags.Global, .. family.Select(ChangeTags.Brand)], cancellationToken);
    }

    /// <summary>Notifies every server of these tags, in the current transaction if there is one (then at its commit).</summary>
    public static async Task AnnounceAsync(this BrandContentDb db, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var payload = string.Join(' ', tags);
        if (payload.Length > MaxPayloadLength)
        {
            payload = ChangeTags.Everything;
        }

        db.Announced.Add(new ChangeNotice(payload.Split(' ')));
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
    }

    public static ChangeNotice Parse(string payload) => new(payload.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
