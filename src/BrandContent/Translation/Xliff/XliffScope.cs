namespace BrandContent.Translation.Xliff;

/// <summary>Which translations of a locale an XLIFF export carries.</summary>
public enum XliffScope
{
    All,
    Missing,
    Outdated,
    MissingOrOutdated,
}

public static class XliffScopes
{
    public static bool Includes(this XliffScope scope, TranslationState state) => scope switch
    {
        XliffScope.All => true,
        XliffScope.Missing => state == TranslationState.Missing,
        XliffScope.Outdated => state == TranslationState.Outdated,
        XliffScope.MissingOrOutdated => state is TranslationState.Missing or TranslationState.Outdated,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };
}
