using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Kits;

public static class BrandKitReading
{
    /// <summary>
    /// The brand's kit for a recipient: every locale with published identity text that the recipient may read (or the
    /// one asked for, served through its chain to the source locale), each with the key messages delivery serves the
    /// recipient (<see cref="KeyMessageDelivery.ListKeyMessagesAsync"/> with the agreement's audiences, valid today,
    /// in the recipient's markets), and the logos whose asset is delivered. Null when nothing of the brand is published.
    /// </summary>
    public static async Task<BrandKit?> ReadBrandKitAsync(
        this BrandContentDb db, Brand brand, KitRecipient recipient, string? locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var identities = await db.BrandVariants.Where(v => v.BrandId == brand.Id).Visible(preview: false, now).ToListAsync(cancellationToken);
        var locales = locale is not null
            ? [locale]
            : identities.Select(v => v.Locale).Where(recipient.InLocales).Distinct()
                .OrderBy(l => l == brand.SourceLocale ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var kitLocales = new List<KitLocale>();
        var chains = new List<LocaleChain>();
        foreach (var tag in locales)
        {
            var chain = new LocaleRequest([tag], Fallback: true).ChainFor(brand.SourceLocale);
            if (chain.Pick(identities) is not { } identity)
            {
                continue;
            }

            var messages = await db.ListKeyMessagesAsync(
                new KeyMessageFilter(brand.Id, chain, Market: null, Audience: null, PillarId: null, today, recipient.Audiences), now, cancellationToken);
            kitLocales.Add(new KitLocale(tag, new Localized<Brand, BrandVariant>(brand, identity, chain), [.. messages.Where(m => recipient.InMarkets(m.Entity))]));
            chains.Add(chain);
        }

        if (kitLocales.Count == 0)
        {
            return null;
        }

        var logoIds = brand.Logos.Select(l => l.AssetId).Distinct().ToList();
        var texts = new List<Localized<Asset, AssetVariant>>();
        foreach (var chain in logoIds.Count == 0 ? [] : chains)
        {
            texts.AddRange((await db.AssetsByIdAsync(logoIds, chain, now, cancellationToken)).Values);
        }

        var logos = brand.Logos
            .Select(logo => (logo, texts: texts.Where(t => t.Entity.Id == logo.AssetId).ToList()))
            .Where(x => x.texts.Count > 0)
            .Select(x => new KitLogo(x.logo, x.texts[0].Entity, x.texts))
            .ToList();
        return new BrandKit(brand, recipient, kitLocales, logos);
    }
}
