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
        var marketChains = locale is null ? await MarketChainsAsync(db, brand, recipient, now, cancellationToken) : [];
        var locales = locale is not null
            ? [locale]
            : identities.Select(v => v.Locale).Concat(marketChains.Keys).Where(recipient.InLocales).Distinct()
                .OrderBy(l => l == brand.SourceLocale ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToList();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var kitLocales = new List<KitLocale>();
        var chains = new List<LocaleChain>();
        foreach (var tag in locales)
        {
            var chain = new LocaleRequest(marketChains.GetValueOrDefault(tag) ?? [tag], Fallback: true).ChainFor(brand.SourceLocale);
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

    /// <summary>
    /// The locales the messages are for, each with the chain it is served in: the first locale of each of the
    /// recipient's markets with that market's chain (a mission in Japan gets its messages in Japanese, then in what
    /// Japan's chain falls back to), or, for a recipient of every market, the locales the brand's live key messages are
    /// written in. Without them a kit held only the locales of the identity text.
    /// </summary>
    private static async Task<Dictionary<string, IReadOnlyList<string>>> MarketChainsAsync(
        BrandContentDb db, Brand brand, KitRecipient recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (recipient.Markets.Count == 0)
        {
            var written = await db.KeyMessageVariants
                .Where(v => db.KeyMessages.Any(m => m.Id == v.KeyMessageId && m.BrandId == brand.Id && m.ArchivedAt == null))
                .Visible(preview: false, now).Select(v => v.Locale).Distinct().ToListAsync(cancellationToken);
            return written.ToDictionary(l => l, l => (IReadOnlyList<string>)[l]);
        }

        var markets = await db.Markets.Where(m => recipient.Markets.Contains(m.Code) && m.ArchivedAt == null)
            .OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var chains = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var market in markets.Where(m => m.LocaleChain.Count > 0))
        {
            chains.TryAdd(market.LocaleChain[0], market.LocaleChain);
        }

        return chains;
    }
}
