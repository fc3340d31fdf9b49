using System.Xml.Linq;
using BrandContent.Api.Reports;
using BrandContent.Clarifications;
using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Plans;
using BrandContent.Reports;

namespace BrandContent.Tests.Reports;

/// <summary>The report's words exist in English and Vietnamese, and every value the document names has its words in both.</summary>
public sealed class ReportTextTests
{
    private static string ResourceFile(string name, [System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/BrandContent.Api/Resources/Reports", name));

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void The_report_resx_has_a_Vietnamese_twin_with_the_same_names_and_placeholders_and_no_empty_text()
    {
        var en = Texts(ResourceFile("ReportText.resx"));
        var vi = Texts(ResourceFile("ReportText.vi.resx"));

        Assert.Equal(en.Keys.Order(), vi.Keys.Order());
        foreach (var (name, text) in en)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{name} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(vi[name]), $"{name} is empty in Vietnamese");
            Assert.Equal(Placeholders(text), Placeholders(vi[name]));
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Every_kind_status_severity_and_event_progress_has_its_words_in_both_languages(string language)
    {
        var text = ReportText.For(language);

        // A missing name throws: a new kind or status without words fails here, not in a document.
        Assert.All(Enum.GetValues<ContentKind>(), k => Assert.NotEmpty(text.Kind(k)));
        Assert.All(Enum.GetValues<PlanTaskStatus>(), s => Assert.NotEmpty(text.Status(s)));
        Assert.All(Enum.GetValues<KpiStatus>(), s => Assert.NotEmpty(text.Status(s)));
        Assert.All(Enum.GetValues<Severity>(), s => Assert.NotEmpty(text.Severity(s)));
        Assert.All(Enum.GetValues<EventProgress>(), p => Assert.NotEmpty(text.Progress(p)));
        Assert.Equal(language == "vi" ? "Câu chuyện truyền thông" : "Stories", text.Kind(ContentKind.Story));
        Assert.Equal(language == "vi" ? "12,5" : "12.5", text.Percent(12.5m));
    }

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+[^}]*\}").Select(m => m.Value).Order()];
}
