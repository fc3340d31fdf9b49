using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Messages;

namespace BrandContent.Kits;

/// <summary>
/// Who a kit is made for, from the caller's scope: the markets and audiences its key messages must reach (empty: every
/// one) and the locales it may read (empty: every one).
/// </summary>
public sealed record KitRecipient(IReadOnlyCollection<string> Markets, IReadOnlyCollection<string> Audiences, IReadOnlyCollection<string> Locales)
{
    public bool InLocales(string locale) => Locales.Count == 0 || Locales.Contains(locale);

    /// <summary>A message aimed at no market is for every market; otherwise it must name one of the recipient's.</summary>
    public bool InMarkets(KeyMessage message) => Markets.Count == 0 || message.Markets.Count == 0 || message.Markets.Any(Markets.Contains);
}

/// <summary>One locale of a kit: the brand's identity text as delivery serves it in that locale, and its key messages.</summary>
public sealed record KitLocale(string Locale, Localized<Brand, BrandVariant> Identity, IReadOnlyList<Localized<KeyMessage, KeyMessageVariant>> Messages);

/// <summary>A logo variant and its asset, with the asset's text in each locale of the kit that has one.</summary>
public sealed record KitLogo(BrandLogo Logo, Asset Asset, IReadOnlyList<Localized<Asset, AssetVariant>> Texts);

/// <summary>What a brand kit holds before it is written out: the brand, its locales and its logos.</summary>
public sealed record BrandKit(Brand Brand, KitRecipient Recipient, IReadOnlyList<KitLocale> Locales, IReadOnlyList<KitLogo> Logos);
