using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace BrandContent.Clarifications;

/// <summary>An incident as reports show it: when detected and answered, how long the answer took, what carried it.</summary>
public sealed record IncidentSummary(
    Guid Id, string Summary, Severity Severity, DateTimeOffset DetectedAt, DateTimeOffset? AnsweredAt, TimeSpan? ResponseTime, Guid? ClarificationId, int MentionCount);

public static class IncidentYear
{
    /// <summary>
    /// The brand's incidents detected in a calendar year as Việt Nam counts it (the plans' years: 1 January 00:00 in
    /// Asia/Ho_Chi_Minh), in detection order; one statement.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentSummary>> IncidentsOfYearAsync(this BrandContentDb db, Guid brandId, int year, CancellationToken ct)
    {
        var (from, to) = YearBounds(year);
        return await db.IncidentsDetectedAsync(brandId, from, to, ct);
    }

    /// <summary>
    /// The brand's incidents detected in [from, to), and those answered by another brand's clarification that concerns it,
    /// in detection order, with their response times.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentSummary>> IncidentsDetectedAsync(
        this BrandContentDb db, Guid brandId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        // A clarification counts for each brand it concerns: so do the incidents it answers.
        var concerning = db.Clarifications.Where(c => c.ConcernedBrandIds.Contains(brandId)).Select(c => (Guid?)c.Id);
        var incidents = db.Incidents.Where(i => i.BrandId == brandId || concerning.Contains(i.ClarificationId));
        if (from is { } start)
        {
            incidents = incidents.Where(i => i.DetectedAt >= start);
        }

        if (to is { } end)
        {
            incidents = incidents.Where(i => i.DetectedAt < end);
        }

        var rows = await incidents
            .OrderBy(i => i.DetectedAt).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Summary, i.Severity, i.DetectedAt, i.AnsweredAt, i.ClarificationId, Mentions = i.Mentions.Count })
            .ToListAsync(ct);
        return [.. rows.Select(i => new IncidentSummary(
            i.Id, i.Summary, i.Severity, i.DetectedAt, i.AnsweredAt, i.AnsweredAt - i.DetectedAt, i.ClarificationId, i.Mentions))];
    }

    /// <summary>The instants a year starts and ends in Việt Nam.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) YearBounds(int year)
    {
        var zone = DateTimeZoneProviders.Tzdb[MarketTimeZone.Default];
        return (Start(zone, year), Start(zone, year + 1));
    }

    private static DateTimeOffset Start(DateTimeZone zone, int year) =>
        new LocalDate(year, 1, 1).AtStartOfDayInZone(zone).ToDateTimeOffset().ToUniversalTime();
}
