namespace BrandContent.Api.Reports;

/// <summary>
/// A yearly report laid out once, in its language, for both renderings: the Word document draws it with styles and
/// real charts, the Markdown has the same headings, text and tables (a chart's data as a table).
/// </summary>
public sealed record ReportOutline(ReportTitle Title, IReadOnlyList<ReportBlock> Blocks);

/// <summary>The title block of an administrative report: issuer and national motto side by side, place and date, then the title.</summary>
public sealed record ReportTitle(string Issuer, string NationLine1, string NationLine2, string DateLine, string Kind, string Text, string Basis);

public abstract record ReportBlock;

public sealed record ReportHeading(string Text, int Level) : ReportBlock;

public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>A table; <see cref="Numeric"/> marks the columns aligned right.</summary>
public sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric) : ReportBlock;

public enum ChartShape
{
    /// <summary>Horizontal bars, one per category: comparing markets.</summary>
    Bar,

    /// <summary>Lines over the categories: a value month by month against its target.</summary>
    Line,
}

/// <summary>A chart: categories along one axis, one or more series of values (null is a gap), with an optional fixed axis range.</summary>
public sealed record ReportChart(
    string Name, string Title, ChartShape Shape, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, decimal? Minimum, decimal? Maximum)
    : ReportBlock;

public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
