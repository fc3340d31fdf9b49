using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// What a locale still needs (or all of it) as XLIFF 2.0 for translation tools: a file per brand, a group per
/// entity, a unit per field that has source text, with the current translation as target when there is one.
/// </summary>
public static class XliffExport
{
    public static async Task<XliffDocument> ExportXliffAsync(
        this BrandContentDb db, string locale, Guid? brandId, XliffScope scope, CancellationToken cancellationToken, IReadOnlyCollection<ContentKind>? kinds = null)
    {
        var target = LocaleTag.Normalize(locale);
        if (!await db.Locales.AnyAsync(l => l.Tag == target, cancellationToken))
        {
            throw new BrandContentException(ErrorCode.LocaleNotFound, target);
        }

        var brands = await db.Brands.Unarchived().Where(b => brandId == null || b.Id == brandId).OrderBy(b => b.Slug).ToListAsync(cancellationToken);
        if (brandId is not null && brands.FirstOrDefault()?.SourceLocale == target)
        {
            throw new ValidationFailedException([new FieldProblem("locale", ValidationRule.XliffLanguage, target, $"≠ {target}")]);
        }

        var items = (await db.TranslationItemsAsync(BrandSelection.Of(brandId), [target], cancellationToken))
            .Where(i => !i.IsSource && scope.Includes(i.State) && (kinds is not { Count: > 0 } || kinds.Contains(i.Kind)))
            .OrderBy(i => i.Kind).ThenBy(i => i.EntityId)
            .ToLookup(i => i.BrandId);
        var used = brands.Where(b => items.Contains(b.Id)).ToList();

        // srcLang is one language per document: brands written in different languages are exported one by one.
        var sourceLocale = (used.Count > 0 ? used : brands).Select(b => b.SourceLocale).FirstOrDefault() ?? target;
        ValidationFailedException.ThrowIfAny(used
            .Where(b => b.SourceLocale != sourceLocale)
            .Select(b => new FieldProblem($"brand {b.Slug}", ValidationRule.XliffLanguage, b.SourceLocale, sourceLocale)));

        var translations = await TranslationsAsync(db, items.SelectMany(i => i), target, cancellationToken);
        var usedIds = used.Select(b => b.Id).ToList();
        var terms = (await db.GlossaryTerms.Where(t => usedIds.Contains(t.BrandId)).ToListAsync(cancellationToken))
            .OrderBy(t => t.Term, StringComparer.Ordinal).ToLookup(t => t.BrandId);

        var writer = new XliffWriter(sourceLocale, target);
        foreach (var brand in used)
        {
            writer.AddFile(brand.Slug, items[brand.Id].Select(i => (i, translations.GetValueOrDefault((i.Kind, i.EntityId)))), terms[brand.Id]);
        }

        var name = brandId is null ? "brandcontent" : brands.FirstOrDefault()?.Slug;
        return new XliffDocument($"{name}.{sourceLocale}-{target}.xlf", writer.ToXml(), writer.UnitCount);
    }

    private static async Task<Dictionary<(ContentKind, Guid), Variant>> TranslationsAsync(
        BrandContentDb db, IEnumerable<TranslationItem> items, string locale, CancellationToken cancellationToken)
    {
        var translations = new Dictionary<(ContentKind, Guid), Variant>();
        foreach (var group in items.Where(i => i.State != TranslationState.Missing).GroupBy(i => i.Kind))
        {
            var kind = LocalizedKinds.Of(group.Key);
            foreach (var variant in await kind.WorkingVariantsAsync(db, group.Select(i => i.EntityId).ToList(), cancellationToken))
            {
                if (variant.Locale == locale)
                {
                    translations[(group.Key, variant.OwnerId)] = variant;
                }
            }
        }

        return translations;
    }
}
