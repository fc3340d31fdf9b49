using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Webhooks;

/// <summary>The <c>data</c> of a content event: what changed, where, in which locale and revision. No text, no people.</summary>
public sealed record ContentEventData(string Kind, Guid Id, string Brand, string? Locale, IReadOnlyList<string> Markets, int? Revision);

/// <summary>The <c>data</c> of <c>translation.outdated</c>: the translation, and the source revision it now lags.</summary>
public sealed record OutdatedTranslationData(
    string Kind, Guid Id, string Brand, string Locale, IReadOnlyList<string> Markets, string SourceLocale, int SourceRevision, int? TranslatedFromRevision);

/// <summary>
/// The events the workflow, archiving and editing raise, in their transactions. An event's markets are those whose
/// readers the locale reaches: the markets whose chain holds it, or every market for the brand's source locale, which
/// closes every chain (docs/architecture.md, "Locale resolution").
/// </summary>
public static class ContentWebhookEvents
{
    /// <summary>A variant was published or unpublished (also by the scheduler).</summary>
    public static async Task EnqueueVariantEventAsync(
        this BrandContentDb db, string type, ContentKind kind, Variant variant, EntityOwner owner, CancellationToken cancellationToken)
    {
        if (!await db.AnyWebhookForAsync(type, cancellationToken))
        {
            return;
        }

        var (slug, markets) = await db.WhereAsync(owner, [variant.Locale], cancellationToken);
        await db.EnqueueWebhookEventAsync(
            type, owner.BrandId, markets, new ContentEventData(kind.ToConstantCase(), owner.EntityId, slug, variant.Locale, markets, variant.Revision), cancellationToken);
    }

    /// <summary>An entity was archived: its markets are those of every locale it was written in.</summary>
    public static async Task EnqueueArchivedEventAsync(this BrandContentDb db, LocalizedKind kind, Guid entityId, CancellationToken cancellationToken)
    {
        if (!await db.AnyWebhookForAsync(WebhookEventTypes.ContentArchived, cancellationToken)
            || await kind.FindOwnerAsync(db, entityId, cancellationToken) is not { } owner)
        {
            return;
        }

        var locales = (await kind.WorkingVariantsAsync(db, [entityId], cancellationToken)).Select(v => v.Locale).ToList();
        var (slug, markets) = await db.WhereAsync(owner, locales, cancellationToken);
        await db.EnqueueWebhookEventAsync(
            WebhookEventTypes.ContentArchived, owner.BrandId, markets, new ContentEventData(kind.Kind.ToConstantCase(), entityId, slug, null, markets, null), cancellationToken);
    }

    /// <summary>
    /// Source variants written, each with its revision before the write: each translation that was current (made from
    /// that revision or later) is now outdated, and is announced once, here. Nothing is read when no source changed.
    /// </summary>
    public static async Task EnqueueOutdatedTranslationsAsync(
        this BrandContentDb db, LocalizedKind kind, IReadOnlyList<(Variant Source, EntityOwner Owner, int Before)> writes, CancellationToken cancellationToken)
    {
        var changed = writes.Where(w => w.Source.Revision > w.Before).ToList();
        if (changed.Count == 0 || !await db.AnyWebhookForAsync(WebhookEventTypes.TranslationOutdated, cancellationToken))
        {
            return;
        }

        var translations = (await kind.WorkingVariantsAsync(db, [.. changed.Select(c => c.Owner.EntityId)], cancellationToken)).ToLookup(v => v.OwnerId);
        foreach (var (source, owner, before) in changed)
        {
            var outdated = translations[owner.EntityId].Where(v => v.Locale != owner.SourceLocale && v.SourceRevision >= before && v.SourceRevision < source.Revision);
            await db.EnqueueOutdatedAsync(kind, source, owner, outdated, cancellationToken);
        }
    }

    private static async Task EnqueueOutdatedAsync(
        this BrandContentDb db, LocalizedKind kind, Variant source, EntityOwner owner, IEnumerable<Variant> outdated, CancellationToken cancellationToken)
    {
        foreach (var translation in outdated)
        {
            var (slug, markets) = await db.WhereAsync(owner, [translation.Locale], cancellationToken);
            await db.EnqueueWebhookEventAsync(
                WebhookEventTypes.TranslationOutdated,
                owner.BrandId,
                markets,
                new OutdatedTranslationData(kind.Kind.ToConstantCase(), owner.EntityId, slug, translation.Locale, markets, owner.SourceLocale, source.Revision, translation.SourceRevision),
                cancellationToken);
        }
    }

    private static async Task<(string Slug, List<string> Markets)> WhereAsync(
        this BrandContentDb db, EntityOwner owner, IReadOnlyCollection<string> locales, CancellationToken cancellationToken)
    {
        var slug = await db.Brands.Where(b => b.Id == owner.BrandId).Select(b => b.Slug).FirstAsync(cancellationToken);
        var every = locales.Contains(owner.SourceLocale);
        var markets = await db.Markets.Unarchived()
            .Where(m => every || m.LocaleChain.Any(l => locales.Contains(l)))
            .OrderBy(m => m.Code).Select(m => m.Code).ToListAsync(cancellationToken);
        return (slug, markets);
    }
}
