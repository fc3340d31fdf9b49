using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Events;

public static class EventDelivery
{
    /// <summary>A brand's events that overlap [from, to] (either end open), soonest first.</summary>
    public static async Task<List<Localized<Event, EventVariant>>> ListEventsAsync(
        this BrandContentDb db, Guid brandId, DateOnly? from, DateOnly? to, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (from is not null && to is not null && to < from)
        {
            throw new BrandContentException(ErrorCode.InvalidDateRange, from, to);
        }

        var events = db.Events.Unarchived().Where(e => e.BrandId == brandId);
        if (from is { } start)
        {
            events = events.Where(e => e.EndsOn >= start);
        }

        if (to is { } end)
        {
            events = events.Where(e => e.StartsOn <= end);
        }

        var rows = await events.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(e => e.Id).ToArray();
        var variants = await db.EventVariants.Where(v => ids.Contains(v.EventId)).PickVisibleAsync(chain, now, cancellationToken);
        return rows.Localize(e => e.Id, variants, chain);
    }

    /// <summary>Events by id that have deliverable content in the chain (a campaign's, a post's).</summary>
    public static async Task<Dictionary<Guid, Localized<Event, EventVariant>>> EventsByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = await db.Events.Unarchived().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var eventIds = events.Select(e => e.Id).ToArray();
        var variants = await db.EventVariants.Where(v => eventIds.Contains(v.EventId)).PickVisibleAsync(chain, now, cancellationToken);
        return events.Localize(e => e.Id, variants, chain).ToDictionary(e => e.Entity.Id);
    }
}
