using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BrandContent.Api.Reports;

/// <summary>
/// The yearly report as a Word document, built with the Open XML SDK's typed classes: an A4 page laid out as
/// Vietnamese administrative documents are (Times New Roman 13 pt, margins 2/2/3/2 cm), the title block, numbered
/// headings, tables with a repeated header row, and real Word charts (<see cref="WordChart"/>).
/// </summary>
public static class YearlyReportDocument
{
    // Twentieths of a point: A4 and the margins of Decree 30/2020 (top 2 cm, bottom 2 cm, left 3 cm, right 2 cm).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 1134;
    private const int MarginSide = 1134;
    private const int MarginBinding = 1701;

    public static byte[] Write(ReportOutline outline, ReportText text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            ReportStyles.AddTo(main, text.Culture.Name);
            var body = new Body();
            TitleBlock(body, outline.Title);
            var charts = 0;
            foreach (var block in outline.Blocks)
            {
                switch (block)
                {
                    case ReportHeading heading:
                        body.Append(Paragraph(heading.Text, heading.Level == 1 ? ReportStyles.Heading1 : ReportStyles.Heading2));
                        break;
                    case ReportParagraph paragraph:
                        body.Append(Paragraph(paragraph.Text, ReportStyles.BodyText));
                        break;
                    case ReportTable table:
                        body.Append(Table(table));
                        body.Append(Paragraph(string.Empty, ReportStyles.AfterTable));
                        break;
                    case ReportChart chart:
                        charts++;
                        body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(WordChart.AddTo(main, chart, (uint)charts))));
                        break;
                    default:
                        throw new InvalidOperationException($"No Word rendering for {block.GetType().Name}.");
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginTop, Left = MarginBinding, Right = MarginSide, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = $"{outline.Title.Kind}: {outline.Title.Text}";
            document.PackageProperties.Language = text.Culture.Name;
        }

        return stream.ToArray();
    }

    /// <summary>Issuer on the left, the national motto on the right (a borderless table), then place and date, then the title.</summary>
    private static void TitleBlock(Body body, ReportTitle title)
    {
        var heading = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "3800" }, new GridColumn { Width = "5271" }),
            new TableRow(
                Cell(3800, Paragraph(title.Issuer, ReportStyles.TitleIssuer)),
                Cell(5271, Paragraph(title.NationLine1, ReportStyles.TitleIssuer), Paragraph(title.NationLine2, ReportStyles.TitleMotto))));
        body.Append(heading);
        body.Append(Paragraph(title.DateLine, ReportStyles.DateLine));
        body.Append(Paragraph(title.Kind, ReportStyles.Title));
        body.Append(Paragraph(title.Text, ReportStyles.Subtitle));
        body.Append(Paragraph(title.Basis, ReportStyles.Basis));
    }

    private static Table Table(ReportTable table)
    {
        var columns = table.Header.Count;
        var width = (PageWidth - MarginBinding - MarginSide) / columns;
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = ReportStyles.Grid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        result.Append(new TableRow(
            [new TableRowProperties(new TableHeader(), new CantSplit()), .. table.Header.Select((cell, i) => Cell(width, Paragraph(cell, ReportStyles.TableHeading, table.Numeric[i])))]));
        foreach (var row in table.Rows)
        {
            result.Append(new TableRow(
                [new TableRowProperties(new CantSplit()), .. row.Select((cell, i) => Cell(width, Paragraph(cell, ReportStyles.TableText, table.Numeric[i])))]));
        }

        return result;
    }

    private static TableCell Cell(int width, params Paragraph[] paragraphs) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), .. paragraphs]);

    private static Paragraph Paragraph(string text, string style, bool alignEnd = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (alignEnd)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters an editor pasted, lone surrogates) become spaces, so a text never breaks the document.</summary>
    internal static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(c) && !char.IsControl(c) ? c : ' ');
            }
        }

        return safe.ToString();
    }
}
