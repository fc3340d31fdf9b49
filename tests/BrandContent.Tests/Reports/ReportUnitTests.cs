using System.Text.RegularExpressions;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Reports;

/// <summary>
/// KPI units in the Gia Lai demo's yearly report: words of the report's language (giờ, lượt đề cập; hours, mentions)
/// with its number format (1,5 in Vietnamese, 1.5 in English), while the API keeps the stable codes.
/// </summary>
public sealed partial class ReportUnitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Vietnamese = "/reports/gia-lai/2026.{0}";
    private const string English = "/reports/gia-lai/2026.{0}?locale=en";

    [Fact]
    public async Task The_vietnamese_docx_shows_vietnamese_unit_words_with_a_comma_decimal_and_no_english_unit_word()
    {
        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, string.Format(Vietnamese, "docx")));

        var kpis = docx.TableAfter("Các chỉ số so với mục tiêu");
        Assert.Equal("Đơn vị", kpis[0][1]);
        var response = kpis.Single(r => r[0].StartsWith("Thời gian phản bác", StringComparison.Ordinal));
        Assert.Equal(("giờ", "1,5"), (response[1], response[4]));
        Assert.Equal("lượt đề cập", kpis.Single(r => r[0].StartsWith("Số tin về Gia Lai tại Hàn Quốc", StringComparison.Ordinal))[1]);
        Assert.All(kpis.Skip(1), r => Assert.Contains(r[1], new[] { "%", "giờ", "lượt đề cập" }));
        Assert.DoesNotMatch(EnglishUnit(), string.Join('\n', docx.Paragraphs));
    }

    [Fact]
    public async Task The_vietnamese_markdown_shows_the_same_words_and_the_english_documents_show_english()
    {
        var markdown = await TextAsync(string.Format(Vietnamese, "md"));
        Assert.Contains("| giờ | ", markdown, StringComparison.Ordinal);
        Assert.Contains("| lượt đề cập | ", markdown, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishUnit(), markdown);

        var english = await TextAsync(string.Format(English, "md"));
        Assert.Contains("| hours | ", english, StringComparison.Ordinal);
        Assert.Contains("| mentions | ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("giờ", english, StringComparison.Ordinal);

        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, string.Format(English, "docx")));
        var response = docx.TableAfter("Indicators against their targets").Single(r => r[0].StartsWith("Time to answer false information", StringComparison.Ordinal));
        Assert.Equal(("hours", "1.5"), (response[1], response[4]));
    }

    private async Task<string> TextAsync(string path)
    {
        var response = await ReportScene.GetAsync(app, path, BrandContentApp.AdminToken);
        Assert.True(response.IsSuccessStatusCode, path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>An English unit word as a whole word (the codes KpiUnit gives, which the report must not print in Vietnamese).</summary>
    [GeneratedRegex(@"\b(hours|mentions|items|posts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishUnit();
}
