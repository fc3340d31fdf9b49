using System.Text;

namespace BrandContent.Api.Reports;

/// <summary>
/// The yearly report as Markdown (GitHub tables): the same outline as the Word document, each chart as a table of its
/// data. Text from content (names, places) is escaped, so markup an editor typed is shown, not run.
/// </summary>
public static class YearlyReportMarkdown
{
    private const string Specials = "\\`*_{}[]<>()#+-!|~&";

    public static string Write(ReportOutline outline, ReportText text)
    {
        var md = new StringBuilder();
        var title = outline.Title;
        md.Append("**").Append(Escape(title.Issuer)).Append("** · ").Append(Escape(title.NationLine1)).Append(" · ").Append(Escape(title.NationLine2)).Append("\n\n");
        md.Append('*').Append(Escape(title.DateLine)).Append("*\n\n");
        md.Append("# ").Append(Escape(title.Kind)).Append(": ").Append(Escape(title.Text)).Append("\n\n");
        md.Append(Escape(title.Basis)).Append("\n\n");
        foreach (var block in outline.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    md.Append(new string('#', heading.Level + 1)).Append(' ').Append(Escape(heading.Text)).Append("\n\n");
                    break;
                case ReportParagraph paragraph:
                    md.Append(Escape(paragraph.Text)).Append("\n\n");
                    break;
                case ReportTable table:
                    Table(md, table);
                    break;
                case ReportChart chart:
                    md.Append("**").Append(Escape(chart.Title)).Append("** (").Append(Escape(text["Chart.Data"])).Append(")\n\n");
                    Table(md, new ReportTable(
                        [string.Empty, .. chart.Series.Select(s => s.Name)],
                        [.. chart.Categories.Select((category, i) => (IReadOnlyList<string>)[category, .. chart.Series.Select(s => text.Percent(s.Values[i]))])],
                        [false, .. chart.Series.Select(_ => true)]));
                    break;
                default:
                    throw new InvalidOperationException($"No Markdown for {block.GetType().Name}.");
            }
        }

        return md.ToString();
    }

    private static void Table(StringBuilder md, ReportTable table)
    {
        md.Append("| ").AppendJoin(" | ", table.Header.Select(Escape)).Append(" |\n");
        md.Append('|').AppendJoin('|', table.Numeric.Select(n => n ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in table.Rows)
        {
            md.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        md.Append('\n');
    }

    /// <summary>One line, every Markdown punctuation mark a backslash escape (CommonMark 2.4), so the text stays text.</summary>
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
                continue;
            }

            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
