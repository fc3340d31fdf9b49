using BrandContent.Localization;

namespace BrandContent.Reports;

/// <summary>
/// The languages a yearly report is written in: the document's own words exist in Vietnamese and English only, so any
/// other tag is refused rather than answered with a mixed document. Vietnamese is the default (the plans' language).
/// </summary>
public static class ReportLanguage
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Vietnamese, English];

    /// <summary>The report language for what was asked (<c>en-GB</c> is English), Vietnamese when nothing was, or REPORT_LOCALE_UNSUPPORTED.</summary>
    public static string Resolve(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return Vietnamese;
        }

        if (LocaleTag.TryNormalize(requested, out var tag) && LocaleTag.Lookup(tag).FirstOrDefault(Supported.Contains) is { } language)
        {
            return language;
        }

        var shown = requested.Length > LocaleTag.MaxLength ? requested[..LocaleTag.MaxLength] + "…" : requested;
        throw new BrandContentException(ErrorCode.ReportLocaleUnsupported, shown, string.Join(", ", Supported));
    }
}
