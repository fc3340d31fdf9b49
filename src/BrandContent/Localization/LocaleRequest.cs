namespace BrandContent.Localization;

/// <summary>
/// What a read asked for, already validated: the caller's own locales and the market's chain, in that order.
/// The brand's source locale closes every chain unless fallback is off (docs/architecture.md, "Locale resolution").
/// </summary>
public sealed record LocaleRequest(IReadOnlyList<string> Locales, bool Fallback, bool Preview = false)
{
    public LocaleChain ChainFor(string sourceLocale)
    {
        if (Locales.Count == 0)
        {
            return new LocaleChain([sourceLocale], Preview);
        }

        return Fallback ? new LocaleChain([.. Locales, sourceLocale], Preview) : LocaleChain.Only(Locales[0], Preview);
    }
}
