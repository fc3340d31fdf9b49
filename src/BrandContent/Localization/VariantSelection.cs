using BrandContent.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Localization;

public static class VariantSelection
{
    /// <summary>
    /// The best visible variant per owner, in one statement: live variants in their window (or, in preview, working
    /// copies) whose locale is in the chain, then the earliest locale of the chain per owner.
    /// </summary>
    public static async Task<Dictionary<Guid, TVariant>> PickVisibleAsync<TVariant>(
        this IQueryable<TVariant> variants, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
        where TVariant : Variant
    {
        var locales = chain.Locales.ToArray();
        var rows = await variants.Visible(chain, now).Where(v => locales.Contains(v.Locale)).ToListAsync(cancellationToken);
        return rows.GroupBy(v => v.OwnerId).ToDictionary(g => g.Key, g => chain.Pick(g)!);
    }

    /// <summary>Every visible variant per owner, for callers that pick with a chain of their own per owner.</summary>
    public static async Task<ILookup<Guid, TVariant>> PickAllVisibleAsync<TVariant>(
        this IQueryable<TVariant> variants, LocaleChain anyChain, DateTimeOffset now, CancellationToken cancellationToken)
        where TVariant : Variant =>
        (await variants.Visible(anyChain, now).ToListAsync(cancellationToken)).ToLookup(v => v.OwnerId);

    /// <summary>Pairs entities with their chosen variant, dropping those with nothing to deliver, keeping order.</summary>
    public static List<Localized<TEntity, TVariant>> Localize<TEntity, TVariant>(
        this IEnumerable<TEntity> entities, Func<TEntity, Guid> id, IReadOnlyDictionary<Guid, TVariant> variants, LocaleChain chain)
        where TVariant : Variant =>
        entities
            .Where(e => variants.ContainsKey(id(e)))
            .Select(e => new Localized<TEntity, TVariant>(e, variants[id(e)], chain))
            .ToList();
}
