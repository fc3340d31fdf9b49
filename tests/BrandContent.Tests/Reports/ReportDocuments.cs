using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace BrandContent.Tests.Reports;

/// <summary>Reads a report .docx back with the Open XML SDK the way a checker would: headings, the tables under them, the chart parts.</summary>
public sealed class ReportDocuments : IDisposable
{
    private readonly WordprocessingDocument document;

    public ReportDocuments(byte[] bytes) => document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public Body Body => document.MainDocumentPart!.Document!.Body!;

    public IReadOnlyList<string> Paragraphs => [.. Body.Descendants<Paragraph>().Select(p => p.InnerText)];

    /// <summary>The rows (cell texts) of the first table after the heading whose text ends with <paramref name="heading"/>.</summary>
    public List<List<string>> TableAfter(string heading)
    {
        var found = false;
        foreach (var element in Body.Elements())
        {
            if (element is Paragraph p && p.InnerText.EndsWith(heading, StringComparison.Ordinal))
            {
                found = true;
            }
            else if (found && element is Table table)
            {
                return [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())];
            }
        }

        throw new Xunit.Sdk.XunitException($"No table after '{heading}' in: {string.Join(" | ", Paragraphs)}");
    }

    /// <summary>Each chart part: its title, its plot (bar or line), category labels and each series' name and cached values.</summary>
    public IReadOnlyList<ReadChart> Charts =>
        [.. document.MainDocumentPart!.ChartParts.Select(part =>
        {
            var space = part.ChartSpace!;
            var title = string.Concat(space.Descendants<C.Title>().First().Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
            var plot = (OpenXmlElement?)space.Descendants<C.BarChart>().FirstOrDefault() ?? space.Descendants<C.LineChart>().Single();
            var series = plot.ChildElements.Where(e => e is C.BarChartSeries or C.LineChartSeries).Select(s => new ReadSeries(
                s.Descendants<C.SeriesText>().Single().Descendants<C.NumericValue>().Single().Text,
                s.Descendants<C.Values>().Single().Descendants<C.NumericPoint>().ToDictionary(p => (int)p.Index!.Value, p => decimal.Parse(p.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture)),
                s.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text)).ToList();
            var categories = plot.Descendants<C.CategoryAxisData>().First().Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text).ToList();
            var embedded = part.EmbeddedPackagePart is { } package && space.Elements<C.ExternalData>().Single().Id == part.GetIdOfPart(package);
            return new ReadChart(title, plot is C.BarChart ? "bar" : "line", categories, series, embedded);
        })];

    public IReadOnlyList<string> ValidationErrors =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public string Title => document.PackageProperties.Title ?? "";

    public void Dispose() => document.Dispose();
}

public sealed record ReadChart(string Title, string Plot, IReadOnlyList<string> Categories, IReadOnlyList<ReadSeries> Series, bool HasWorkbook);

public sealed record ReadSeries(string Name, IReadOnlyDictionary<int, decimal> Values, string Formula);
