using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;

namespace BrandContent.Translation;

/// <summary>
/// One market at a glance: the translations of its first locale by state (approved counts apart from in review), and
/// what its readers are served now: in that locale, in a later locale of the chain (or the source), or nothing.
/// </summary>
public sealed record MarketTranslationCoverage(
    string Market, string Locale, int Total, int Published, int InReview, int Approved, int Draft, int Outdated, int Missing,
    int ServedInLocale, int ServedInFallback, int NotServed);

/// <summary>A brand's translation work in every market, and what waits for a reviewer in any of their locales.</summary>
public sealed record TranslationOverview(IReadOnlyList<MarketTranslationCoverage> Markets, IReadOnlyList<TranslationItem> InReview);

public static class TranslationOverviews
{
    /// <summary>
    /// The same numbers as <c>translationStatus</c> with a market, for every market at once: the items of all their
    /// locales read once, the live locales of every entity once (three statements per kind, whatever the markets).
    /// </summary>
    public static async Task<TranslationOverview> TranslationOverviewAsync(
        this BrandContentDb db, Brand brand, IReadOnlyList<Market> markets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var locales = markets.SelectMany(m => m.LocaleChain).Append(brand.SourceLocale).Distinct().ToList();
        var items = await db.TranslationItemsAsync(BrandSelection.Only(brand.Id), locales, cancellationToken);
        var byLocale = items.ToLookup(i => i.Locale);
        var live = new List<(Guid Id, ILookup<Guid, string> Locales)>();
        var entities = new List<Guid>();
        foreach (var kind in LocalizedKinds.All)
        {
            var ids = (await kind.EntitiesAsync(db, BrandSelection.Only(brand.Id), cancellationToken)).Select(e => e.Id).ToList();
            var locs = (await kind.LiveLocalesAsync(db, ids, now, cancellationToken)).ToLookup(r => r.EntityId, r => r.Locale);
            live.AddRange(ids.Select(id => (id, locs)));
            entities.AddRange(ids);
        }

        var coverage = markets.Select(market =>
        {
            var chain = market.LocaleChain.Append(brand.SourceLocale).Distinct().ToList();
            var first = chain[0];
            var mine = byLocale[first].ToList();
            var served = live.Select(e => chain.FirstOrDefault(l => e.Locales[e.Id].Contains(l))).ToList();
            return new MarketTranslationCoverage(
                market.Code, first, live.Count,
                mine.Count(i => i.State == TranslationState.Published),
                mine.Count(i => i.State == TranslationState.InReview),
                mine.Count(i => i.State == TranslationState.Approved),
                mine.Count(i => i.State == TranslationState.Draft),
                mine.Count(i => i.State == TranslationState.Outdated),
                mine.Count(i => i.State == TranslationState.Missing),
                served.Count(l => l == first),
                served.Count(l => l is not null && l != first),
                served.Count(l => l is null));
        }).ToList();
        var inReview = items.Where(i => i.State == TranslationState.InReview).OrderBy(i => i.SourceUpdatedAt).ThenBy(i => i.EntityId).ToList();
        return new TranslationOverview(coverage, inReview);
    }
}
