using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Keywords;

/// <summary>Narrows a brand's keyword sets: a market matches a set aimed at it or at every market.</summary>
public sealed record KeywordSetFilter(Guid BrandId, LocaleChain Chain, string? Market, Guid? PillarId);

public static class KeywordSetDelivery
{
    /// <summary>The brand's keyword sets with a variant delivered in the chain, oldest first: two statements.</summary>
    public static async Task<List<Localized<KeywordSet, KeywordSetVariant>>> ListKeywordSetsAsync(
        this BrandContentDb db, KeywordSetFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sets = db.KeywordSets.Unarchived().Where(k => k.BrandId == filter.BrandId);
        if (filter.Market is { } market)
        {
            sets = sets.Where(k => k.Markets.Count == 0 || k.Markets.Contains(market));
        }

        if (filter.PillarId is { } pillarId)
        {
            sets = sets.Where(k => k.PillarId == pillarId);
        }

        var rows = await sets.OrderBy(k => k.Id).ToListAsync(cancellationToken);
        var ids = rows.Select(k => k.Id).ToArray();
        var variants = await db.KeywordSetVariants.Where(v => ids.Contains(v.KeywordSetId)).PickVisibleAsync(filter.Chain, now, cancellationToken);
        return rows.Localize(k => k.Id, variants, filter.Chain);
    }

    /// <summary>
    /// The keywords of the brand's keyword sets published in exactly <paramref name="locale"/> (no fallback: a set
    /// in another language says nothing about this one's words), each once.
    /// </summary>
    public static async Task<List<string>> PublishedKeywordsAsync(
        this BrandContentDb db, Guid brandId, string locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sets = db.KeywordSets.Unarchived().Where(k => k.BrandId == brandId).Select(k => k.Id);
        var lists = await db.KeywordSetVariants.Visible(preview: false, now)
            .Where(v => v.Locale == locale && sets.Contains(v.KeywordSetId))
            .OrderBy(v => v.KeywordSetId)
            .Select(v => v.Keywords)
            .ToListAsync(cancellationToken);
        return [.. lists.SelectMany(k => k).Distinct()];
    }
}
