using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Brands;

public static class BrandDelivery
{
    public static Task<Brand?> FindBrandAsync(this BrandContentDb db, string slug, CancellationToken cancellationToken)
    {
        // Normalized here, not inside the query: EF would compile a delegate for the call on every execution.
        var normalized = BrandSlug.Normalize(slug);
        return db.Brands.Unarchived().FirstOrDefaultAsync(b => b.Slug == normalized, cancellationToken);
    }

    /// <summary>The brand, or BRAND_NOT_FOUND: for reads that are meaningless without it.</summary>
    public static async Task<Brand> GetBrandAsync(this BrandContentDb db, string slug, CancellationToken cancellationToken) =>
        await db.FindBrandAsync(slug, cancellationToken) ?? throw new BrandContentException(ErrorCode.BrandNotFound, slug);

    /// <summary>Brands with their identity text, each in its own chain (its source locale closes the chain).</summary>
    public static async Task<List<Localized<Brand, BrandVariant>>> LocalizeBrandsAsync(
        this BrandContentDb db, IReadOnlyCollection<Brand> brands, LocaleRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (brands.Count == 0)
        {
            return [];
        }

        var ids = brands.Select(b => b.Id).ToArray();
        var locales = brands.SelectMany(b => request.ChainFor(b.SourceLocale).Locales).Distinct().ToArray();
        var rows = await db.BrandVariants.Where(v => ids.Contains(v.BrandId) && locales.Contains(v.Locale))
            .PickAllVisibleAsync(request.ChainFor(brands.First().SourceLocale), now, cancellationToken);
        return brands
            .Select(b => (Brand: b, Chain: request.ChainFor(b.SourceLocale)))
            .Select(x => (x.Brand, x.Chain, Variant: x.Chain.Pick(rows[x.Brand.Id])))
            .Where(x => x.Variant is not null)
            .Select(x => new Localized<Brand, BrandVariant>(x.Brand, x.Variant!, x.Chain))
            .ToList();
    }

    // Levels are stored as text, so national → province → commune order is applied here.
    public static async Task<List<Brand>> ListBrandsAsync(this BrandContentDb db, CancellationToken cancellationToken) =>
        (await db.Brands.Unarchived().ToListAsync(cancellationToken)).OrderBy(b => b.Level).ThenBy(b => b.Slug, StringComparer.Ordinal).ToList();
}
