using BrandContent.Localization;
using BrandContent.Storage;
using BrandContent.Stories;

namespace BrandContent.Keywords;

/// <summary>
/// A story submitted for review whose SEO keywords use none of its brand's published keywords for the locale, with
/// the keywords it could use (<see cref="Suggestions"/>, the first few).
/// </summary>
public sealed record KeywordWarning(string Field, string Rule, IReadOnlyList<string> Suggestions)
{
    public const string NoBrandKeyword = "NO_BRAND_KEYWORD";
    public const int MaxSuggestions = 10;
}

public static class KeywordWarnings
{
    /// <summary>
    /// Warnings for a variant just submitted: only a story's SEO keywords are checked, and only when its brand has a
    /// keyword set published in the variant's own locale (else there is nothing to compare with). Keywords compare
    /// case- and accent-insensitively (<see cref="Keyword.Uses"/>).
    /// </summary>
    public static async Task<List<KeywordWarning>> KeywordWarningsAsync(this BrandContentDb db, Variant variant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (variant is not StoryVariant story)
        {
            return [];
        }

        var keywords = await db.PublishedKeywordsAsync(story.BrandId, story.Locale, now, cancellationToken);
        if (keywords.Count == 0 || story.SeoKeywords.Any(seo => keywords.Any(k => Keyword.Uses(seo, k))))
        {
            return [];
        }

        return [new KeywordWarning("seoKeywords", KeywordWarning.NoBrandKeyword, [.. keywords.Take(KeywordWarning.MaxSuggestions)])];
    }
}
