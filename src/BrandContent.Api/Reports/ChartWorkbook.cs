using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BrandContent.Api.Reports;

/// <summary>
/// The workbook embedded with a chart: categories in column A, one column per series, names in row 1. The chart's
/// formulas point here (<see cref="Range"/>), as Word's own charts do.
/// </summary>
public static class ChartWorkbook
{
    public const string SheetName = "Sheet1";

    public static byte[] Write(ReportChart chart)
    {
        using var stream = new MemoryStream();
        using (var spreadsheet = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = spreadsheet.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var rows = new SheetData(new Row([new Cell { CellReference = "A1" }, .. chart.Series.Select((s, i) => Text(Cell(i + 1, 0), s.Name))]) { RowIndex = 1 });
            for (var r = 0; r < chart.Categories.Count; r++)
            {
                var row = new Row { RowIndex = (uint)r + 2 };
                row.Append(Text(Cell(0, r + 1), chart.Categories[r]));
                for (var s = 0; s < chart.Series.Count; s++)
                {
                    var cell = new Cell { CellReference = Cell(s + 1, r + 1) };
                    if (chart.Series[s].Values[r] is { } value)
                    {
                        cell.DataType = CellValues.Number;
                        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
                    }

                    row.Append(cell);
                }

                rows.Append(row);
            }

            sheet.Worksheet = new Worksheet(rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName }));
        }

        return stream.ToArray();
    }

    /// <summary>The reference of a cell by zero-based column and row (<c>B1</c>), or <c>Sheet1!$B$1</c> for a chart formula.</summary>
    public static string Cell(int column, int row, bool absolute = false) =>
        absolute ? $"{SheetName}!${Column(column)}${row + 1}" : $"{Column(column)}{row + 1}";

    /// <summary>Rows 2 to count + 1 of a column, as a chart formula.</summary>
    public static string Range(int column, int count) => $"{SheetName}!${Column(column)}$2:${Column(column)}${count + 1}";

    // Charts have a handful of series: one letter is enough, and a 27th column is a bug worth seeing.
    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : throw new ArgumentOutOfRangeException(nameof(index));

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(YearlyReportDocument.XmlSafe(text)))) { CellReference = reference, DataType = CellValues.InlineString };
}
