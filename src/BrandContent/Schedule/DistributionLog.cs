using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Schedule;

/// <summary>Which records a report asks for: one brand, optionally one channel and market, optionally a window of postedAt.</summary>
public sealed record DistributionFilter(Guid BrandId, string? Channel, string? Market, IReadOnlySet<string> Markets, ScheduleWindow? Window);

public sealed record DistributionPage(IReadOnlyList<Distribution> Items, bool HasNextPage);

/// <summary>What was sent where, newest first: the answer to "which posts went out on which channel in which market".</summary>
public static class DistributionLog
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public static async Task<DistributionPage> PageDistributionsAsync(
        this BrandContentDb db, DistributionFilter filter, int first, SlotCursor? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var rows = db.Distributions.Where(d => d.BrandId == filter.BrandId);
        if (filter.Channel is { } channel)
        {
            rows = rows.Where(d => d.Channel == channel);
        }

        if (filter.Market is { } market)
        {
            rows = rows.Where(d => d.Market == market);
        }

        if (filter.Markets.Count > 0)
        {
            var markets = filter.Markets.ToArray();
            rows = rows.Where(d => markets.Contains(d.Market));
        }

        if (filter.Window is { } window)
        {
            rows = rows.Where(d => d.PostedAt >= window.From && d.PostedAt < window.To);
        }

        if (after is not null)
        {
            rows = rows.Where(d => EF.Functions.LessThan(ValueTuple.Create(d.PostedAt, d.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var page = await rows.OrderByDescending(d => d.PostedAt).ThenByDescending(d => d.Id).Take(first + 1).ToListAsync(cancellationToken);
        return new DistributionPage(page.Take(first).ToList(), page.Count > first);
    }
}
