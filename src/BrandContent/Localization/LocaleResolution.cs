using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Localization;

public static class LocaleResolution
{
    /// <summary>
    /// Explicit locales first (<paramref name="locale"/>, then <paramref name="locales"/>), then the market's chain.
    /// Unknown markets and malformed tags are errors, not silent fallbacks.
    /// </summary>
    public static async Task<LocaleRequest> ResolveLocalesAsync(
        this BrandContentDb db, string? locale, IReadOnlyList<string>? locales, string? market, bool fallback, bool preview, CancellationToken cancellationToken)
    {
        var chain = new List<string>();
        if (locale is not null)
        {
            chain.Add(LocaleTag.Normalize(locale));
        }

        chain.AddRange((locales ?? []).Select(LocaleTag.Normalize));
        if (market is not null)
        {
            var code = MarketCode.Normalize(market);
            var marketChain = await db.Markets.Unarchived().Where(m => m.Code == code).Select(m => m.LocaleChain).FirstOrDefaultAsync(cancellationToken)
                ?? throw new BrandContentException(ErrorCode.MarketNotFound, market);
            chain.AddRange(marketChain);
        }

        return new LocaleRequest(chain.Distinct(StringComparer.Ordinal).ToArray(), fallback, preview);
    }
}
