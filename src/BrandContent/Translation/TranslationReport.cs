using BrandContent.Brands;
using BrandContent.Clarifications;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Translation;

/// <summary>
/// Translation state computed from the working rows: a translation whose recorded source revision is behind the
/// source's current revision is OUTDATED, whatever its workflow state, until it is updated or confirmed.
/// </summary>
public static class TranslationReport
{
    /// <summary>Every (entity, locale) pair of the selected brands for the given locales.</summary>
    public static async Task<List<TranslationItem>> TranslationItemsAsync(
        this BrandContentDb db, BrandSelection brands, IReadOnlyCollection<string> locales, CancellationToken cancellationToken)
    {
        var sources = await db.Brands.Where(b => brands.Ids == null || brands.Ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.SourceLocale, cancellationToken);
        var items = new List<TranslationItem>();
        foreach (var kind in LocalizedKinds.All)
        {
            var entities = await kind.EntitiesAsync(db, brands, cancellationToken);
            var variants = (await kind.WorkingVariantsAsync(db, entities.Select(e => e.Id).ToList(), cancellationToken)).ToLookup(v => v.OwnerId);
            foreach (var (id, owner) in entities)
            {
                var sourceLocale = sources[owner];
                var source = variants[id].FirstOrDefault(v => v.Locale == sourceLocale);
                if (source is null)
                {
                    continue; // nothing written yet, nothing to translate
                }

                var text = kind.Snapshot(source);
                foreach (var locale in locales)
                {
                    var variant = variants[id].FirstOrDefault(v => v.Locale == locale);
                    items.Add(new TranslationItem(
                        kind.Kind, id, owner, locale, State(variant, source), kind.Get(variant ?? source, kind.LabelField.Name),
                        source.Revision, variant?.SourceRevision, source.UpdatedAt, text, locale == sourceLocale));
                }
            }
        }

        return items;
    }

    public static IReadOnlyList<TranslationCounts> Counts(IEnumerable<TranslationItem> items) =>
        items.GroupBy(i => (i.Kind, i.Locale))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Locale, StringComparer.Ordinal)
            .Select(g => new TranslationCounts(g.Key.Kind, g.Key.Locale, g.ToList()))
            .ToList();

    /// <summary>
    /// What is missing or outdated in a locale for the selected brands: clarifications' queued translations first, by due
    /// time, then the longest-waiting first.
    /// </summary>
    public static async Task<List<TranslationItem>> TranslationQueueAsync(
        this BrandContentDb db, string locale, BrandSelection brands, CancellationToken cancellationToken) =>
        await db.WithClarificationsFirstAsync(
            (await db.TranslationItemsAsync(brands, [LocaleTag.Normalize(locale)], cancellationToken))
                .Where(i => i.State is TranslationState.Missing or TranslationState.Outdated && !i.IsSource)
                .OrderBy(i => i.SourceUpdatedAt).ThenBy(i => i.EntityId)
                .ToList(),
            cancellationToken);

    /// <summary>For each kind, which locale of the market's chain (then the source) readers are served in right now.</summary>
    public static async Task<List<MarketCoverage>> MarketCoverageAsync(
        this BrandContentDb db, Guid brandId, IReadOnlyList<string> chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var source = await db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).FirstAsync(cancellationToken);
        var locales = chain.Append(source).Distinct().ToList();
        var coverage = new List<MarketCoverage>();
        foreach (var kind in LocalizedKinds.All)
        {
            var ids = (await kind.EntitiesAsync(db, BrandSelection.Only(brandId), cancellationToken)).Select(e => e.Id).ToList();
            var live = (await kind.LiveLocalesAsync(db, ids, now, cancellationToken)).ToLookup(r => r.EntityId, r => r.Locale);
            var served = ids.Select(id => (Id: id, Locale: locales.FirstOrDefault(l => live[id].Contains(l)))).ToList();
            var fallback = served.Where(s => s.Locale is not null && s.Locale != locales[0])
                .Select(s => new TranslationItem(kind.Kind, s.Id, brandId, s.Locale!, TranslationState.Published, null, 0, null, now, new Dictionary<string, string?>(), false))
                .ToList();
            coverage.Add(new MarketCoverage(
                kind.Kind,
                ids.Count,
                served.Where(s => s.Locale is not null).GroupBy(s => s.Locale!).ToDictionary(g => g.Key, g => g.Count()),
                served.Count(s => s.Locale is null),
                fallback));
        }

        return coverage;
    }

    private static TranslationState State(Variant? variant, Variant source) => variant switch
    {
        null => TranslationState.Missing,
        _ when variant.SourceRevision is { } from && from < source.Revision => TranslationState.Outdated,
        { Status: WorkflowStatus.InReview } => TranslationState.InReview,
        { Status: WorkflowStatus.Approved } => TranslationState.Approved,
        { Status: WorkflowStatus.Published } => TranslationState.Published,
        { Status: WorkflowStatus.Draft } => TranslationState.Draft,
        _ => throw new InvalidOperationException($"Unknown workflow status {variant.Status}."),
    };

}
