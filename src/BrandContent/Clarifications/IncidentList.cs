using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

public static class IncidentList
{
    public const int MaxIncidents = 1000;

    /// <summary>The brand's incidents detected in [from, to) (either end open), in detection order, with their mentions; at most <see cref="MaxIncidents"/>.</summary>
    public static async Task<List<Incident>> ListIncidentsAsync(
        this BrandContentDb db, Guid brandId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        if (from is not null && to is not null && to < from)
        {
            throw new BrandContentException(ErrorCode.InvalidDateRange, from, to);
        }

        var incidents = db.Incidents.Include(i => i.Mentions).Where(i => i.BrandId == brandId);
        if (from is { } start)
        {
            incidents = incidents.Where(i => i.DetectedAt >= start);
        }

        if (to is { } end)
        {
            incidents = incidents.Where(i => i.DetectedAt < end);
        }

        return await incidents.OrderBy(i => i.DetectedAt).ThenBy(i => i.Id).Take(MaxIncidents).AsSplitQuery().ToListAsync(cancellationToken);
    }
}
