using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BrandContent.Api.Reports;

/// <summary>
/// The report's styles part: Times New Roman throughout (the font of Vietnamese administrative documents, with every
/// Vietnamese letter), body 13 pt, headings, the title block's lines, table text and a bordered table style.
/// </summary>
public static class ReportStyles
{
    public const string BodyText = "BodyText";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Basis = "ReportBasis";
    public const string TitleIssuer = "ReportIssuer";
    public const string TitleMotto = "ReportMotto";
    public const string DateLine = "ReportDateLine";
    public const string TableHeading = "TableHeading";
    public const string TableText = "TableText";
    public const string AfterTable = "AfterTable";
    public const string Caption = "Caption";
    public const string Grid = "ReportGrid";

    private const string Font = "Times New Roman";

    public static void AddTo(MainDocumentPart main, string language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "26" },
                    new FontSizeComplexScript { Val = "26" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph(BodyText, "Body Text", new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" }, new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both })),
            Paragraph(Heading1, "heading 1", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }), new RunProperties(new Bold(), new FontSize { Val = "26" })),
            Paragraph(Heading2, "heading 2", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160", After = "80" }, new OutlineLevel { Val = 1 }), new RunProperties(new Bold(), new Italic())),
            Paragraph(Title, "Title", Centered(before: "360"), new RunProperties(new Bold(), new FontSize { Val = "28" })),
            Paragraph(Subtitle, "Subtitle", Centered(), new RunProperties(new Bold(), new FontSize { Val = "28" })),
            Paragraph(Basis, "Report basis", Centered(after: "240"), new RunProperties(new Italic(), new FontSize { Val = "24" })),
            Paragraph(TitleIssuer, "Report issuer", Centered(), new RunProperties(new Bold(), new FontSize { Val = "24" })),
            Paragraph(TitleMotto, "Report motto", Centered(), new RunProperties(new Bold(), new Underline { Val = UnderlineValues.Single })),
            Paragraph(DateLine, "Report date line", new ParagraphProperties(new SpacingBetweenLines { Before = "120" }, new Justification { Val = JustificationValues.Right }), new RunProperties(new Italic())),
            Paragraph(TableHeading, "Table heading", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "20", After = "20" }), new RunProperties(new Bold(), new FontSize { Val = "22" })),
            Paragraph(TableText, "Table text", new ParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" }), new RunProperties(new FontSize { Val = "22" })),
            Paragraph(AfterTable, "After table", new ParagraphProperties(new SpacingBetweenLines { After = "60" }), new RunProperties(new FontSize { Val = "12" })),
            Paragraph(Caption, "caption", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }, new Justification { Val = JustificationValues.Center }), new RunProperties(new Bold(), new Italic(), new FontSize { Val = "22" })),
            new Style(
                new StyleName { Val = "Report grid" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                    new TableCellMarginDefault(new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new StartMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
                        new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa }, new EndMargin { Width = "80", Type = TableWidthUnitValues.Dxa })),
                new TableStyleProperties(new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DCE6F0" }))
                {
                    Type = TableStyleOverrideValues.FirstRow,
                })
            { Type = StyleValues.Table, StyleId = Grid });
    }

    private static ParagraphProperties Centered(string before = "0", string after = "0") =>
        new(new SpacingBetweenLines { Before = before, After = after }, new Justification { Val = JustificationValues.Center });

    private static Style Paragraph(string id, string name, ParagraphProperties paragraph, RunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
