using BrandContent.Localization;
using BrandContent.Storage;
using BrandContent.Translation;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>
/// Clarifications in a translator's queue: a translation their first publication queued (a locale of a concerned
/// market's chain) carries its due time and goes before everything else, the soonest due first.
/// </summary>
public static class ClarificationQueue
{
    public static async Task<List<TranslationItem>> WithClarificationsFirstAsync(
        this BrandContentDb db, IReadOnlyList<TranslationItem> queue, CancellationToken cancellationToken)
    {
        var ids = queue.Where(i => i.Kind == ContentKind.Clarification).Select(i => i.EntityId).Distinct().ToList();
        var due = ids.Count == 0
            ? []
            : await db.Clarifications
                .Where(c => ids.Contains(c.Id) && c.TranslationsDueAt != null)
                .ToDictionaryAsync(c => c.Id, c => (At: c.TranslationsDueAt!.Value, c.TranslationLocales), cancellationToken);
        var items = queue
            .Select(i => i.Kind == ContentKind.Clarification && due.TryGetValue(i.EntityId, out var d) && d.TranslationLocales.Contains(i.Locale) ? i with { DueAt = d.At } : i)
            .ToList();
        return [.. items.Where(i => i.DueAt is not null).OrderBy(i => i.DueAt).ThenBy(i => i.EntityId), .. items.Where(i => i.DueAt is null)];
    }
}
