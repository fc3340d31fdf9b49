namespace BrandContent.Localization;

/// <summary>Picks a display name from a per-locale dictionary (markets, audiences): reference data, not workflow content.</summary>
public static class LocalizedNames
{
    private static readonly string[] Defaults = ["en", "vi"];

    public static string NameIn(this IReadOnlyDictionary<string, string> names, IEnumerable<string> locales)
    {
        foreach (var locale in locales.Concat(Defaults))
        {
            if (names.TryGetValue(locale, out var exact))
            {
                return exact;
            }

            // zh-Hans-CN asks for zh-Hans, then zh.
            var shorter = locale;
            while (shorter.LastIndexOf('-') is var dash and > 0)
            {
                shorter = shorter[..dash];
                if (names.TryGetValue(shorter, out var parent))
                {
                    return parent;
                }
            }
        }

        return names.Values.FirstOrDefault() ?? "";
    }
}
