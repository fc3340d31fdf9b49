namespace BrandContent.Localization;

/// <summary>
/// The ordered locales one read is served from: the first locale that has deliverable content wins.
/// Each locale is followed by its BCP 47 lookup truncations before the next one (RFC 4647, 3.4): en-GB, fr is tried
/// as en-GB, en, fr, so a regional tag without content of its own is served in its language.
/// <see cref="Requested"/> is what the caller asked for first; anything else served is a fallback.
/// </summary>
public sealed record LocaleChain
{
    public LocaleChain(IEnumerable<string> locales, bool preview = false)
        : this(locales.SelectMany(LocaleTag.Lookup).ToArray(), preview)
    {
    }

    private LocaleChain(string[] locales, bool preview)
    {
        Preview = preview;
        Locales = locales.Distinct(StringComparer.Ordinal).ToArray();
        if (Locales.Count == 0)
        {
            throw new ArgumentException("A locale chain needs at least one locale.", nameof(locales));
        }
    }

    /// <summary>Exactly one locale, not even its language: what a read without fallback is served from, to see the gaps.</summary>
    public static LocaleChain Only(string locale, bool preview = false) => new(new[] { locale }, preview);

    public IReadOnlyList<string> Locales { get; }

    public string Requested => Locales[0];

    /// <summary>Editors' preview: working copies in any workflow state instead of live content.</summary>
    public bool Preview { get; }

    /// <summary>Identifies the chain in cache and batch keys.</summary>
    public string Key => string.Join('>', Locales) + (Preview ? "|preview" : "");

    public bool IsFallback(string servedLocale) => !string.Equals(servedLocale, Requested, StringComparison.Ordinal);

    /// <summary>The variant in the earliest locale of the chain, or null when the chain has none.</summary>
    public TVariant? Pick<TVariant>(IEnumerable<TVariant> variants)
        where TVariant : Variant =>
        variants
            .Select(v => (Variant: v, Rank: IndexOf(v.Locale)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .Select(x => x.Variant)
            .FirstOrDefault();

    private int IndexOf(string locale)
    {
        for (var i = 0; i < Locales.Count; i++)
        {
            if (string.Equals(Locales[i], locale, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Equals(LocaleChain? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
