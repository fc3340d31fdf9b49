namespace BrandContent.Monitoring;

/// <summary>Rule names of media monitoring's checks, each with a message resource <c>RULE_{name}</c> (like <see cref="Editing.ValidationRule"/>).</summary>
public static class MonitoringRules
{
    /// <summary>A text a spreadsheet would run as a formula (<c>=cmd|…</c>, or <c>+</c>, <c>-</c>, <c>@</c> first).</summary>
    public const string Formula = "FORMULA";

    /// <summary>Markup (a tag) in a plain-text field.</summary>
    public const string Markup = "MARKUP";

    /// <summary>A URL that is already recorded as a mention.</summary>
    public const string MentionRecorded = "MENTION_RECORDED";

    /// <summary>The same URL on an earlier line of the same file.</summary>
    public const string DuplicateRow = "DUPLICATE_ROW";

    /// <summary>A column the file must have is not in its header.</summary>
    public const string MissingColumn = "MISSING_COLUMN";

    /// <summary>A row CsvHelper cannot read (a stray quote, a field past the size limit).</summary>
    public const string CsvMalformed = "CSV_MALFORMED";

    public const string FileTooLarge = "FILE_TOO_LARGE";

    public const string TooManyRows = "TOO_MANY_ROWS";

    /// <summary>A KPI filter (market, pillar, channel) given to a measure that does not use it, or missing where it must be given.</summary>
    public const string KpiParameter = "KPI_PARAMETER";

    /// <summary>A KPI code already defined for the brand in overlapping years.</summary>
    public const string KpiOverlap = "KPI_OVERLAP";

    public static readonly IReadOnlyList<string> All = [Formula, Markup, MentionRecorded, DuplicateRow, MissingColumn, CsvMalformed, FileTooLarge, TooManyRows, KpiParameter, KpiOverlap];
}
