using BrandContent.Schedule;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Monitoring;

/// <summary>Which mentions a list asks for: a brand, optionally a window of publication, a market, a sentiment; the key's markets.</summary>
public sealed record MentionFilter(Guid BrandId, DateTimeOffset? From, DateTimeOffset? To, string? Market, Sentiment? Sentiment, IReadOnlySet<string> Markets);

public sealed record MentionPage(IReadOnlyList<Mention> Items, bool HasNextPage, int TotalCount);

/// <summary>A brand's coverage, newest first, a page at a time (keyset on publication time and id).</summary>
public static class MentionLog
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IQueryable<Mention> OfBrand(this IQueryable<Mention> mentions, Guid brandId) =>
        mentions.Where(m => m.BrandIds.Contains(brandId));

    public static async Task<MentionPage> PageMentionsAsync(
        this BrandContentDb db, MentionFilter filter, int first, SlotCursor? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var rows = db.Mentions.OfBrand(filter.BrandId);
        if (filter.From is { } from)
        {
            rows = rows.Where(m => m.PublishedAt >= from);
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(m => m.PublishedAt < to);
        }

        if (filter.Market is { } market)
        {
            rows = rows.Where(m => m.MarketCode == market);
        }

        if (filter.Markets.Count > 0)
        {
            var markets = filter.Markets.ToArray();
            rows = rows.Where(m => markets.Contains(m.MarketCode));
        }

        if (filter.Sentiment is { } sentiment)
        {
            rows = rows.Where(m => m.Sentiment == sentiment);
        }

        var total = await rows.CountAsync(cancellationToken);
        if (after is not null)
        {
            rows = rows.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.PublishedAt, m.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var page = await rows.OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id).Take(first + 1).ToListAsync(cancellationToken);
        return new MentionPage(page.Take(first).ToList(), page.Count > first, total);
    }
}
