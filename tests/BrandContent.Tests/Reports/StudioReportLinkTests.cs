using System.Net;
using BrandContent.Reports;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Studio;

namespace BrandContent.Tests.Reports;

/// <summary>The studio's overview links editors and up to the yearly report, served to the signed-in session under /studio.</summary>
public sealed class StudioReportLinkTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static int ThisYear => ReportPeriod.Today(DateTimeOffset.UtcNow).Year;

    [Fact]
    public async Task An_editor_finds_this_and_last_years_report_on_the_overview_and_the_link_serves_the_document_in_the_studios_language()
    {
        var scene = await ReportScene.CreateAsync(app);
        var studio = StudioHttp.Of(app, language: "en");
        await studio.SignedInAsync(await Keys.CreateAsync(app, "studio report editor", "EDITOR"));

        var overview = await (await studio.GetAsync($"/studio/brands/{scene.Brand.Slug}")).Content.ReadAsStringAsync();

        var link = $"/studio/reports/{scene.Brand.Slug}/{scene.Year}.docx?locale=en";
        Assert.Contains("Yearly report", overview);
        Assert.Contains($"href=\"{link}\" download>Report {scene.Year} (Word)</a>", overview);
        Assert.Contains($"href=\"/studio/reports/{scene.Brand.Slug}/{ThisYear}.md?locale=en\" download>Report {ThisYear} (Markdown)</a>", overview);
        var document = await studio.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var docx = new ReportDocuments(await document.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Results of implementing the plan to promote the image of Brand vi in {scene.Year}", docx.Paragraphs);
        Assert.Contains(["Stories", "3"], docx.TableAfter("By kind of content"));
    }

    [Fact]
    public async Task A_translator_sees_no_link_and_is_refused_the_document_and_a_visitor_without_a_session_is_asked_to_sign_in()
    {
        var scene = await ReportScene.CreateAsync(app);
        var translator = StudioHttp.Of(app, language: "vi");
        await translator.SignedInAsync(await Keys.CreateAsync(app, "studio report translator", "TRANSLATOR"));

        var overview = await (await translator.GetAsync($"/studio/brands/{scene.Brand.Slug}")).Content.ReadAsStringAsync();
        var refused = await translator.GetAsync($"/studio/reports/{scene.Brand.Slug}/{scene.Year}.docx");
        var anonymous = await StudioHttp.Of(app).GetAsync($"/studio/reports/{scene.Brand.Slug}/{scene.Year}.md");

        Assert.DoesNotContain("/studio/reports/", overview);
        Assert.DoesNotContain("Báo cáo năm", overview);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("\"code\":\"FORBIDDEN\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("\"code\":\"UNAUTHENTICATED\"", await anonymous.Content.ReadAsStringAsync());
    }
}
