using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Sync;

/// <summary>One chain a sync serves objects in; <see cref="Key"/> is the locale a mirror keys its objects by (null for a market).</summary>
public sealed record SyncChain(string? Key, LocaleChain Chain);

/// <summary>
/// What a sync covers. A market: the market's chain, one object per entity, keyed (kind, id). Locales: each locale
/// in a chain of its own (the locale, its BCP 47 truncations, then the brand's source locale), one object per
/// entity and locale, keyed (kind, id, locale): a static site builds every language from it.
/// </summary>
public sealed record SyncSelection
{
    private SyncSelection(string? market, IReadOnlyList<string> marketChain, IReadOnlyList<string> locales) =>
        (Market, MarketChain, Locales) = (market, marketChain, locales);

    public string? Market { get; }

    public IReadOnlyList<string> Locales { get; }

    private IReadOnlyList<string> MarketChain { get; }

    /// <summary>What a token is bound to, with the brand: a token used with another selection is refused.</summary>
    public string Fingerprint => Market is { } market ? $"market:{market}" : $"locales:{string.Join(',', Locales)}";

    /// <summary>Exactly one of a market (which must exist) and one to <paramref name="maxLocales"/> locales.</summary>
    public static async Task<SyncSelection> ResolveAsync(
        BrandContentDb db, string? market, IReadOnlyList<string>? locales, int maxLocales, CancellationToken cancellationToken)
    {
        if ((market is null) == (locales is null) || locales is { Count: 0 } || locales?.Count > maxLocales)
        {
            throw new BrandContentException(ErrorCode.SyncSelectionInvalid, maxLocales);
        }

        if (locales is not null)
        {
            return new SyncSelection(null, [], locales.Select(LocaleTag.Normalize).Distinct(StringComparer.Ordinal).ToList());
        }

        var request = await db.ResolveLocalesAsync(null, null, market, fallback: true, preview: false, cancellationToken);
        return new SyncSelection(Markets.MarketCode.Normalize(market!), request.Locales, []);
    }

    public IReadOnlyList<SyncChain> ChainsFor(string sourceLocale) =>
        Market is null
            ? Locales.Select(l => new SyncChain(l, new LocaleRequest([l], Fallback: true).ChainFor(sourceLocale))).ToList()
            : [new SyncChain(null, new LocaleRequest(MarketChain, Fallback: true).ChainFor(sourceLocale))];
}
