using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BrandContent.Api.Reports;

/// <summary>
/// A real Word chart: a chart part holding a c:barChart or c:lineChart whose series carry their values in the chart
/// XML (the caches Word and LibreOffice draw from) and refer to an embedded workbook with the same data (so "Edit
/// data" in Word opens it), placed inline in the document.
/// </summary>
public static class WordChart
{
    public const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private const long Width = 5_580_000; // 15.5 cm in EMU
    private const long Height = 3_060_000; // 8.5 cm
    private const uint CategoryAxis = 48_650_001;
    private const uint ValueAxis = 48_650_002;
    private static readonly string[] Colors = ["2E75B6", "C00000", "70AD47", "ED7D31"];

    /// <summary>Adds the chart's parts to the document and returns the drawing that shows it.</summary>
    public static W.Drawing AddTo(MainDocumentPart main, ReportChart chart, uint number)
    {
        var part = main.AddNewPart<ChartPart>();
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var data = new MemoryStream(ChartWorkbook.Write(chart)))
        {
            workbook.FeedData(data);
        }

        part.ChartSpace = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "vi-VN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), Plot(chart), Categories(), Values(chart)),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = part.GetIdOfPart(workbook) });
        return new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = $"Chart {number}", Description = YearlyReportDocument.XmlSafe(chart.Title) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });
    }

    private static OpenXmlCompositeElement Plot(ReportChart chart)
    {
        var series = chart.Series.Select((s, i) => chart.Shape switch
        {
            ChartShape.Bar => (OpenXmlElement)new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(s, i),
                new C.ChartShapeProperties(Fill(i)),
                new C.InvertIfNegative { Val = false },
                new C.DataLabels(
                    new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                    new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
                CategoryData(chart),
                SeriesValues(chart, s, i)),
            ChartShape.Line => new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(s, i),
                new C.ChartShapeProperties(new A.Outline(Fill(i)) { Width = 28_575 }),
                new C.Marker(new C.Symbol { Val = i == 0 ? C.MarkerStyleValues.Circle : C.MarkerStyleValues.None }),
                CategoryData(chart),
                SeriesValues(chart, s, i),
                new C.Smooth { Val = false }),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Shape, null),
        }).ToList();
        return chart.Shape switch
        {
            ChartShape.Bar => new C.BarChart(
                [
                    new C.BarDirection { Val = C.BarDirectionValues.Column },
                    new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                    new C.VaryColors { Val = false },
                    .. series,
                    new C.GapWidth { Val = 80 },
                    new C.AxisId { Val = CategoryAxis },
                    new C.AxisId { Val = ValueAxis },
                ]),
            ChartShape.Line => new C.LineChart(
                [
                    new C.Grouping { Val = C.GroupingValues.Standard },
                    new C.VaryColors { Val = false },
                    .. series,
                    new C.ShowMarker { Val = true },
                    new C.AxisId { Val = CategoryAxis },
                    new C.AxisId { Val = ValueAxis },
                ]),
            _ => throw new ArgumentOutOfRangeException(nameof(chart), chart.Shape, null),
        };
    }

    private static C.CategoryAxis Categories() =>
        new(
            new C.AxisId { Val = CategoryAxis },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxis },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis Values(ReportChart chart)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (chart.Maximum is { } max)
        {
            scaling.Append(new C.MaxAxisValue { Val = (double)max });
        }

        if (chart.Minimum is { } min)
        {
            scaling.Append(new C.MinAxisValue { Val = (double)min });
        }

        return new C.ValueAxis(
            new C.AxisId { Val = ValueAxis },
            scaling,
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(),
            new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxis },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
    }

    private static C.Title Title(string text) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }),
                    new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = 1200, Bold = true }, new A.Text(YearlyReportDocument.XmlSafe(text)))))),
            new C.Overlay { Val = false });

    private static C.SeriesText SeriesName(ChartSeries series, int index) =>
        new(new C.StringReference(
            new C.Formula(ChartWorkbook.Cell(index + 1, 0, absolute: true)),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(YearlyReportDocument.XmlSafe(series.Name))) { Index = 0 })));

    private static C.CategoryAxisData CategoryData(ReportChart chart) =>
        new(new C.StringReference(
            new C.Formula(ChartWorkbook.Range(0, chart.Categories.Count)),
            new C.StringCache(
                [
                    new C.PointCount { Val = (uint)chart.Categories.Count },
                    .. chart.Categories.Select((c, i) => new C.StringPoint(new C.NumericValue(YearlyReportDocument.XmlSafe(c))) { Index = (uint)i }),
                ])));

    private static C.Values SeriesValues(ReportChart chart, ChartSeries series, int index) =>
        new(new C.NumberReference(
            new C.Formula(ChartWorkbook.Range(index + 1, chart.Categories.Count)),
            new C.NumberingCache(
                [
                    new C.FormatCode("General"),
                    new C.PointCount { Val = (uint)series.Values.Count },
                    .. series.Values
                        .Select((value, i) => (Value: value, Index: i))
                        .Where(v => v.Value is not null)
                        .Select(v => new C.NumericPoint(new C.NumericValue(v.Value!.Value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)v.Index }),
                ])));

    private static A.SolidFill Fill(int index) => new(new A.RgbColorModelHex { Val = Colors[index % Colors.Length] });
}
