using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>
/// Which clarifications to list, for one brand in one locale chain: those it owns and, published, those of other brands
/// that concern it; for a market (one of those concerned), within the markets a key is limited to
/// (<paramref name="ScopeMarkets"/>, empty: any), and published in the chain after <paramref name="Since"/>.
/// </summary>
public sealed record ClarificationFilter(
    Guid BrandId, LocaleChain Chain, string? Market = null, IReadOnlyCollection<string>? ScopeMarkets = null, DateTimeOffset? Since = null);

public sealed record ClarificationPage(IReadOnlyList<Localized<Clarification, ClarificationVariant>> Items, bool HasNextPage, int? TotalCount);

public static class ClarificationDelivery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page, newest first, of the clarifications with deliverable content in the chain: the page, the total (when asked for), the variants.</summary>
    public static async Task<ClarificationPage> PageClarificationsAsync(
        this BrandContentDb db, ClarificationFilter filter, int first, IdCursor? after, DateTimeOffset now, CancellationToken cancellationToken,
        bool countTotal = true)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var clarifications = db.Delivered(filter, now);
        var total = countTotal ? await clarifications.CountAsync(cancellationToken) : (int?)null;
        if (after is not null)
        {
            // Ids alone: a page mixes the brand's own clarifications with other brands' that concern it.
            clarifications = clarifications.Where(c => c.Id.CompareTo(after.Id) < 0);
        }

        var rows = await clarifications.OrderByDescending(c => c.Id).Take(first + 1).ToListAsync(cancellationToken);
        var items = rows.Take(first).ToList();
        return new ClarificationPage(await db.LocalizeClarificationsAsync(items, filter.Chain, now, cancellationToken), rows.Count > first, total);
    }

    private static IQueryable<Clarification> Delivered(this BrandContentDb db, ClarificationFilter filter, DateTimeOffset now)
    {
        var locales = filter.Chain.Locales.ToArray();
        var visible = db.ClarificationVariants.Visible(filter.Chain, now).Where(v => locales.Contains(v.Locale));
        if (filter.Since is { } since)
        {
            // Published (or published again) in a locale of the chain after the caller's last look.
            visible = visible.Where(v => v.PublishAt > since);
        }

        var delivered = visible.Select(v => v.ClarificationId);
        // Another brand's clarification that concerns this one is listed once published, never as a working copy (preview
        // shows only the brand's own drafts): its owner decides when it goes out.
        var brandId = filter.BrandId;
        var preview = filter.Chain.Preview;
        var clarifications = db.Clarifications.Unarchived()
            .Where(c => (c.BrandId == brandId || (!preview && c.ConcernedBrandIds.Contains(brandId))) && delivered.Contains(c.Id));
        if (filter.Market is { } market)
        {
            clarifications = clarifications.Where(c => c.Markets.Contains(market));
        }

        if (filter.ScopeMarkets is { Count: > 0 } scope)
        {
            clarifications = clarifications.Where(c => c.Markets.Any(m => scope.Contains(m)));
        }

        return clarifications;
    }

    private static async Task<List<Localized<Clarification, ClarificationVariant>>> LocalizeClarificationsAsync(
        this BrandContentDb db, List<Clarification> clarifications, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = clarifications.Select(c => c.Id).ToArray();
        var variants = await db.ClarificationVariants.Where(v => ids.Contains(v.ClarificationId)).PickVisibleAsync(chain, now, cancellationToken);
        return clarifications.Localize(c => c.Id, variants, chain);
    }
}
