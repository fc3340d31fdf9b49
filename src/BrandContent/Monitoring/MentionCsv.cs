using BrandContent.Editing;
using CsvHelper;

namespace BrandContent.Monitoring;

/// <summary>One data row of a monitoring export as read, with the file line it starts on (the header is line 1).</summary>
public sealed record MentionCsvRow(int Line, string Date, string Outlet, string Url, string Country, string Language, string Reach, string Sentiment, string Headline);

/// <summary>
/// Reads the export format of common monitoring tools with CsvHelper: a header naming date, outlet, url, country,
/// language, reach, sentiment and headline in any order and case (other columns ignored), comma, semicolon or tab
/// separated. Unreadable rows and a missing column are problems with their line, never an exception.
/// </summary>
public static class MentionCsv
{
    public const string Date = "date";
    public const string Outlet = "outlet";
    public const string Url = "url";
    public const string Country = "country";
    public const string Language = "language";
    public const string Reach = "reach";
    public const string Sentiment = "sentiment";
    public const string Headline = "headline";

    public static readonly IReadOnlyList<string> Columns = [Date, Outlet, Url, Country, Language, Reach, Sentiment, Headline];

    public static List<MentionCsvRow> Read(string content, int maxRows, List<FieldProblem> problems)
    {
        var malformed = new List<FieldProblem>();
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            // A stray quote or an unclosed one is a problem of its line, not text to guess at.
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new FieldProblem($"line {record.LineNumber}", MonitoringRules.CsvMalformed, record.Reason.ToConstantCase())),
        };
        var rows = new List<MentionCsvRow>();
        using var csv = CsvReader.FromText(content.TrimStart('\uFEFF'), options);
        try
        {
            var indexes = new Dictionary<string, int>();
            foreach (var column in Columns)
            {
                if (csv.TryGetFieldIndex(column, out var index))
                {
                    indexes[column] = index;
                }
            }

            var missing = Columns.Where(c => !indexes.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new FieldProblem("line 1", MonitoringRules.MissingColumn, string.Join(", ", missing)));
                return rows;
            }

            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (rows.Count == maxRows)
                {
                    problems.Add(new FieldProblem($"line {line}", MonitoringRules.TooManyRows, maxRows));
                    break;
                }

                string Field(string column) => csv.GetString(indexes[column]) ?? "";
                rows.Add(new MentionCsvRow(
                    line, Field(Date), Field(Outlet), Field(Url), Field(Country), Field(Language), Field(Reach), Field(Sentiment), Field(Headline)));
            }
        }
        catch (CsvFormatException unreadable)
        {
            problems.Add(new FieldProblem($"line {rows.LastOrDefault()?.Line + 1 ?? 2}", MonitoringRules.CsvMalformed, unreadable.GetType().Name));
        }

        problems.AddRange(malformed);
        return rows;
    }
}
