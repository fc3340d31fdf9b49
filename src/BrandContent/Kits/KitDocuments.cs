using BrandContent.Assets;

namespace BrandContent.Kits;

/// <summary>The JSON documents of a kit, as records serialized in camelCase by <see cref="KitJson"/>.</summary>
public static class KitDocuments
{
    public sealed record ManifestDocument(
        ManifestBrand Brand, string Version, DateTimeOffset GeneratedAt, IReadOnlyList<ManifestLocale> Locales, ManifestRecipient MessagesFor, IReadOnlyList<ManifestFile> Files);

    /// <summary>The brand's slug and its name in each locale of the kit.</summary>
    public sealed record ManifestBrand(string Slug, string SourceLocale, IReadOnlyDictionary<string, string> Name);

    /// <summary>A locale of the kit and the locale its identity text was served in (a fallback when they differ).</summary>
    public sealed record ManifestLocale(string Locale, string IdentityLocale, bool IsFallback, IReadOnlyList<string> Chain);

    /// <summary>The markets and audiences the key messages were chosen for; empty: every one.</summary>
    public sealed record ManifestRecipient(IReadOnlyCollection<string> Markets, IReadOnlyCollection<string> Audiences);

    public sealed record ManifestFile(string Path, string MediaType, int Bytes);

    public sealed record LogoDocument(
        string Variant, Guid AssetId, string Url, string? RenditionUrl, string MimeType, int? Width, int? Height,
        string? Credit, string? License, DateTimeOffset? RightsExpireAt, IReadOnlyList<LogoText> Texts);

    public sealed record LogoText(string Locale, string ServedLocale, bool IsFallback, string Title, string? AltText, string? Caption);

    public sealed record MessagesDocument(string Brand, string Locale, IReadOnlyList<string> Chain, IReadOnlyList<MessageDocument> Messages);

    public sealed record MessageDocument(
        Guid Id, string Headline, string? Body, string Locale, bool IsFallback, int Priority,
        IReadOnlyList<string> Markets, IReadOnlyList<string> Audiences, DateOnly? ValidFrom, DateOnly? ValidTo);

    public static ManifestDocument Manifest(BrandKit kit, IReadOnlyList<KitPart> parts, string version, DateTimeOffset generatedAt) =>
        new(
            new ManifestBrand(kit.Brand.Slug, kit.Brand.SourceLocale, kit.Locales.ToDictionary(l => l.Locale, l => l.Identity.Variant.Name)),
            version,
            generatedAt,
            [.. kit.Locales.Select(l => new ManifestLocale(l.Locale, l.Identity.Locale, l.Identity.IsFallback, l.Identity.Chain.Locales))],
            new ManifestRecipient([.. kit.Recipient.Markets.Order(StringComparer.Ordinal)], [.. kit.Recipient.Audiences.Order(StringComparer.Ordinal)]),
            [.. parts.Select(p => new ManifestFile(p.Path, p.MediaType, p.Content.Length))]);

    public static IReadOnlyList<LogoDocument> Logos(BrandKit kit, Func<Asset, string?> renditionOf) =>
    [
        .. kit.Logos.Select(logo => new LogoDocument(
            logo.Logo.Variant,
            logo.Asset.Id,
            logo.Asset.Url,
            renditionOf(logo.Asset),
            logo.Asset.MimeType,
            logo.Asset.Width,
            logo.Asset.Height,
            logo.Asset.Credit,
            logo.Asset.License,
            logo.Asset.RightsExpireAt,
            [.. logo.Texts.Select(t => new LogoText(t.Chain.Requested, t.Locale, t.IsFallback, t.Variant.Title, t.Variant.AltText, t.Variant.Caption))])),
    ];

    public static MessagesDocument Messages(BrandKit kit, KitLocale locale) =>
        new(
            kit.Brand.Slug,
            locale.Locale,
            locale.Identity.Chain.Locales,
            [
                .. locale.Messages.Select(m => new MessageDocument(
                    m.Entity.Id, m.Variant.Headline, m.Variant.Body, m.Locale, m.IsFallback, m.Entity.Priority,
                    m.Entity.Markets, m.Entity.Audiences, m.Entity.ValidFrom, m.Entity.ValidTo)),
            ]);
}
