using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Publishing;

/// <summary>A publish or unpublish waiting for its time, with the label of the variant it applies to.</summary>
public sealed record UpcomingChange(
    ContentKind Kind, Guid EntityId, string Locale, ScheduledAction Action, DateTimeOffset DueAt, string RequestedBy, string? Label);

public static class UpcomingChanges
{
    /// <summary>At most this many days ahead: the overview's week, and a month for whoever plans further.</summary>
    public const int MaxDays = 31;

    /// <summary>
    /// What the scheduler will do for a brand's content in [from, to), soonest first: one statement for the changes,
    /// then two per kind that has any (the brand's entities, their working rows for the labels).
    /// </summary>
    public static async Task<List<UpcomingChange>> UpcomingChangesAsync(
        this BrandContentDb db, Guid brandId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var pending = await db.ScheduledChanges
            .Where(c => c.DoneAt == null && c.DueAt >= from && c.DueAt < to)
            .OrderBy(c => c.DueAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var upcoming = new List<UpcomingChange>();
        foreach (var group in pending.GroupBy(c => c.Kind))
        {
            var kind = LocalizedKinds.Of(group.Key);
            var ids = group.Select(c => c.EntityId).Distinct().ToList();
            var ofBrand = (await kind.EntitiesAsync(db, BrandSelection.Only(brandId), cancellationToken)).Select(e => e.Id).Where(ids.Contains).ToHashSet();
            var variants = (await kind.WorkingVariantsAsync(db, [.. ofBrand], cancellationToken)).ToDictionary(v => (v.OwnerId, v.Locale));
            upcoming.AddRange(group.Where(c => ofBrand.Contains(c.EntityId)).Select(c => new UpcomingChange(
                c.Kind, c.EntityId, c.Locale, c.Action, c.DueAt, c.RequestedBy,
                variants.TryGetValue((c.EntityId, c.Locale), out var variant) ? kind.Get(variant, kind.LabelField.Name) : null)));
        }

        return [.. upcoming.OrderBy(c => c.DueAt).ThenBy(c => c.EntityId)];
    }
}
