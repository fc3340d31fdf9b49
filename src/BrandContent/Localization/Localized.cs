namespace BrandContent.Localization;

/// <summary>An entity as delivered: the variant chosen for it and the chain it was chosen from.</summary>
public sealed record Localized<TEntity, TVariant>(TEntity Entity, TVariant Variant, LocaleChain Chain)
    where TVariant : Variant
{
    public string Locale => Variant.Locale;

    public bool IsFallback => Chain.IsFallback(Variant.Locale);
}
