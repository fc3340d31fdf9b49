using System.Globalization;
using System.Net;
using System.Text;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Schedule;
using DocumentFormat.OpenXml.Packaging;

namespace BrandContent.Tests.Reports;

/// <summary>
/// GET /reports/{brand}/{year}.docx and .md: the Word document opened again with the Open XML SDK, its tables and
/// charts checked against the report's data; the Markdown with the same numbers; Vietnamese unless English is asked.
/// </summary>
public sealed class ReportDocumentTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task The_docx_is_valid_Open_XML_and_its_tables_hold_the_reports_numbers()
    {
        var scene = await ReportScene.CreateAsync(app);

        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, scene.DocumentPath("docx")));

        Assert.Empty(docx.ValidationErrors);
        var kinds = docx.TableAfter("Theo loại nội dung");
        Assert.Equal(["Loại nội dung", "Số nội dung"], kinds[0]);
        Assert.Contains(["Câu chuyện truyền thông", "3"], kinds);
        Assert.Contains(["Bài đăng trên các kênh", "1"], kinds);
        Assert.Equal(["Tổng", "10"], kinds[^1]);
        var pillars = docx.TableAfter("Theo trụ cột hình ảnh");
        Assert.Contains(["gong vi", "2", "1", "0", "3"], pillars);
        Assert.Contains(["volcano vi", "2", "0", "0", "2"], pillars);
        var markets = docx.TableAfter("Theo thị trường");
        Assert.Contains([$"{ScheduleData.Seoul} ({ScheduleData.Seoul})", "ko", "1", "1", "1"], markets);
        Assert.Contains([$"{scene.Channel.Names["en"]} ({scene.Channel.Code})", "1", "1"], docx.TableAfter("Theo kênh"));
        var events = docx.TableAfter("Sự kiện, lễ hội");
        Assert.Equal([$"Event {scene.Year}-02-10 vi", $"10/02/{scene.Year} – 12/02/{scene.Year}", "Test place", "Đã tổ chức"], Assert.Single(events.Skip(1)));

        var tasks = docx.TableAfter("Kết quả thực hiện nhiệm vụ");
        Assert.Equal(["183/KH-UBND", "Sản xuất câu chuyện về cồng chiêng", "Sở Văn hóa, Thể thao và Du lịch", $"01/01/{scene.Year} – 30/06/{scene.Year}", "Hoàn thành", "Câu chuyện truyền thông: s1 vi"], tasks[1]);
        Assert.Equal("Quá hạn", tasks[2][4]);
        var incidents = docx.TableAfter("Thông tin sai lệch và phản bác");
        Assert.Equal(["Tin sai về núi lửa", "Cao", $"01/04/{scene.Year} 10:00", $"01/04/{scene.Year} 13:00", "3", "0"], incidents[1]);
        Assert.Equal(["Tin đồn chưa xác minh", "Trung bình", $"01/11/{scene.Year} 10:00", "Chưa phản bác", "–", "0"], incidents[3]);
        Assert.Contains("Phát hiện 3 vụ việc thông tin sai lệch, đã phản bác 2 vụ, thời gian phản hồi trung vị 4,5 giờ.", docx.Paragraphs);

        // Coverage: every market's row is translationOverview's numbers for the same key.
        var overview = (await app.GraphQL().QueryAsync(
                "query($b: String!) { translationOverview(brand: $b) { markets { market locale total published inReview approved draft outdated missing servedInLocale servedInFallback notServed } } }",
                new { b = scene.Brand.Slug }))
            .Ok().GetProperty("translationOverview").GetProperty("markets").EnumerateArray().ToList();
        var coverage = docx.TableAfter("Độ phủ bản dịch theo thị trường").Skip(1).ToList();
        Assert.Equal(overview.Count, coverage.Count);
        foreach (var market in overview)
        {
            int N(string name) => market.GetProperty(name).GetInt32();
            var row = coverage.Single(r => r[0].EndsWith($"({market.GetProperty("market").GetString()})", StringComparison.Ordinal));
            var percent = N("total") == 0 ? "–" : Math.Round(100m * N("servedInLocale") / N("total"), 1, MidpointRounding.AwayFromZero).ToString("0.0", Vietnamese);
            Assert.Equal(
                [market.GetProperty("locale").GetString()!, $"{N("total")}", $"{N("published")}", $"{N("inReview")}", $"{N("draft") + N("approved")}", $"{N("outdated")}",
                    $"{N("missing")}", $"{N("servedInLocale")}", percent, $"{N("servedInFallback")}", $"{N("notServed")}"],
                row.Skip(1));
        }
    }

    [Fact]
    public async Task The_coverage_chart_is_a_Word_bar_chart_with_each_markets_share_cached_and_its_workbook_embedded()
    {
        var scene = await ReportScene.CreateAsync(app);
        var report = (await app.GraphQL().QueryAsync(YearlyReportQueryTests.Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");
        var coverage = report.GetProperty("translationCoverage").EnumerateArray().ToList();

        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, scene.DocumentPath("docx")));

        var chart = docx.Charts.Single(c => c.Title == "Tỷ lệ nội dung phục vụ bằng ngôn ngữ của thị trường (%)");
        Assert.Equal("bar", chart.Plot);
        Assert.True(chart.HasWorkbook);
        Assert.Equal(coverage.Select(c => c.GetProperty("market").GetString()), chart.Categories);
        var series = Assert.Single(chart.Series);
        Assert.Equal($"Sheet1!$B$2:$B${coverage.Count + 1}", series.Formula);
        for (var i = 0; i < coverage.Count; i++)
        {
            var percent = coverage[i].GetProperty("servedInLocalePercent");
            if (percent.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                Assert.False(series.Values.ContainsKey(i));
            }
            else
            {
                Assert.Equal(percent.GetDecimal(), series.Values[i]);
            }
        }
    }

    [Fact]
    public async Task The_report_is_in_Vietnamese_by_default_and_in_English_on_request_with_a_filename_to_save()
    {
        var scene = await ReportScene.CreateAsync(app);

        var vi = await ReportScene.GetAsync(app, scene.DocumentPath("docx"), BrandContentApp.AdminToken, language: "en");
        var en = await ReportScene.GetAsync(app, scene.DocumentPath("docx", "en"), BrandContentApp.AdminToken);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", vi.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", vi.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{scene.Brand.Slug}-{scene.Year}-vi.docx", vi.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal($"{scene.Brand.Slug}-{scene.Year}-en.docx", en.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", vi.Headers.CacheControl?.ToString());
        using (var document = new ReportDocuments(await vi.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", document.Paragraphs);
            Assert.Contains("BÁO CÁO", document.Paragraphs);
            Assert.Contains($"Kết quả thực hiện kế hoạch quảng bá hình ảnh Brand vi năm {scene.Year}", document.Paragraphs);
            Assert.Contains(document.Paragraphs, p => p.StartsWith("I. Tóm tắt kết quả", StringComparison.Ordinal));
        }

        using (var document = new ReportDocuments(await en.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("SOCIALIST REPUBLIC OF VIET NAM", document.Paragraphs);
            Assert.Contains("REPORT", document.Paragraphs);
            Assert.Contains($"Results of implementing the plan to promote the image of Brand vi in {scene.Year}", document.Paragraphs);
            Assert.Contains(["Stories", "3"], document.TableAfter("By kind of content"));
            Assert.Contains(document.Charts, c => c.Title == "Items served in each market's language (%)");
        }
    }

    [Fact]
    public async Task The_markdown_is_the_same_report_with_the_same_numbers_and_the_charts_data_as_tables()
    {
        var scene = await ReportScene.CreateAsync(app);
        var report = (await app.GraphQL().QueryAsync(YearlyReportQueryTests.Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");

        var response = await ReportScene.GetAsync(app, scene.DocumentPath("md"), BrandContentApp.AdminToken);
        var markdown = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{scene.Brand.Slug}-{scene.Year}-vi.md", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains($"# BÁO CÁO: Kết quả thực hiện kế hoạch quảng bá hình ảnh Brand vi năm {scene.Year}", markdown);
        Assert.Contains("| Câu chuyện truyền thông | 3 |", markdown);
        Assert.Contains("| gong vi | 2 | 1 | 0 | 3 |", markdown);
        Assert.Contains($"| {ScheduleData.Seoul} \\({ScheduleData.Seoul}\\) | ko | 1 | 1 | 1 |", markdown);
        Assert.Contains("**Tỷ lệ nội dung phục vụ bằng ngôn ngữ của thị trường \\(%\\)** (Số liệu biểu đồ)", markdown);
        foreach (var market in report.GetProperty("translationCoverage").EnumerateArray())
        {
            var percent = market.GetProperty("servedInLocalePercent");
            var shown = percent.ValueKind == System.Text.Json.JsonValueKind.Null ? "–" : percent.GetDecimal().ToString("0.0", Vietnamese);
            Assert.Contains($"| {market.GetProperty("market").GetString()} | {shown} |", markdown);
        }

        var english = Encoding.UTF8.GetString(await (await ReportScene.GetAsync(app, scene.DocumentPath("md", "en"), BrandContentApp.AdminToken)).Content.ReadAsByteArrayAsync());
        Assert.Contains($"# REPORT: Results of implementing the plan to promote the image of Brand vi in {scene.Year}", english);
        Assert.Contains("| Stories | 3 |", english);
    }

    [Fact]
    public async Task Translators_partners_the_public_other_brands_keys_and_callers_without_a_key_are_refused_editors_and_up_are_served()
    {
        var scene = await ReportScene.CreateAsync(app);
        var roles = await Keys.ForEveryRoleAsync(app);
        var otherBrand = await Keys.CreateAsync(app, "report other brand", "EDITOR", brands: ["gia-lai"]);
        var ownBrand = await Keys.CreateAsync(app, "report own brand", "REVIEWER", brands: [scene.Brand.Slug]);
        var (_, agreement, ended) = await new Partners.PartnerScene(app).PartnerKeyAsync(scene.Brand);
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { endAgreement(id: $id, reason: \"Hết hợp đồng\") { status } }", new { id = agreement })).Ok();
        var cases = new (string? Key, HttpStatusCode Status, string? Code)[]
        {
            (null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
            ("bck_not-a-real-key-000000000000000000", HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
            // Refused for what its key is, before what its role may do: the same 401 as on the API.
            (ended, HttpStatusCode.Unauthorized, "AGREEMENT_ENDED"),
            (roles["PUBLIC"], HttpStatusCode.Forbidden, "FORBIDDEN"),
            (roles["PARTNER"], HttpStatusCode.Forbidden, "FORBIDDEN"),
            (roles["TRANSLATOR"], HttpStatusCode.Forbidden, "FORBIDDEN"),
            (roles["SCHEDULER"], HttpStatusCode.Forbidden, "FORBIDDEN"),
            (otherBrand, HttpStatusCode.Forbidden, "OUT_OF_SCOPE"),
            (roles["EDITOR"], HttpStatusCode.OK, null),
            (roles["REVIEWER"], HttpStatusCode.OK, null),
            (roles["ADMIN"], HttpStatusCode.OK, null),
            (ownBrand, HttpStatusCode.OK, null),
        };

        foreach (var extension in new[] { "docx", "md" })
        {
            foreach (var (key, status, code) in cases)
            {
                var response = await ReportScene.GetAsync(app, scene.DocumentPath(extension), key, language: "vi");
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(status == response.StatusCode, $"{extension} {key}: {(int)response.StatusCode} {body}");
                if (code is not null)
                {
                    Assert.Contains($"\"code\":\"{code}\"", body);
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        var graphQL = await app.GraphQL(otherBrand).QueryAsync(YearlyReportQueryTests.Query, new { b = scene.Brand.Slug, y = scene.Year });
        Assert.Equal(["OUT_OF_SCOPE"], graphQL.ErrorCodes);
    }

    [Fact]
    public async Task A_bad_year_or_locale_is_a_400_with_its_code_and_an_unknown_brand_a_404()
    {
        var scene = await ReportScene.CreateAsync(app);
        var cases = new (string Path, HttpStatusCode Status, string Code)[]
        {
            ($"/reports/{scene.Brand.Slug}/abcd.docx", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            ($"/reports/{scene.Brand.Slug}/1999.md", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            ($"/reports/{scene.Brand.Slug}/99999999999999999999.docx", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            ($"/reports/{scene.Brand.Slug}/{ReportScene.LastYear + 3}.docx", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            ($"/reports/{scene.Brand.Slug}/%3Cscript%3E.docx", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            ($"/reports/{scene.Brand.Slug}/-2026.md", HttpStatusCode.BadRequest, "REPORT_YEAR_INVALID"),
            (scene.DocumentPath("docx", "fr"), HttpStatusCode.BadRequest, "REPORT_LOCALE_UNSUPPORTED"),
            (scene.DocumentPath("md", "%00"), HttpStatusCode.BadRequest, "REPORT_LOCALE_UNSUPPORTED"),
            ($"/reports/no-such-brand/{scene.Year}.docx", HttpStatusCode.NotFound, "BRAND_NOT_FOUND"),
            ($"/reports/%3Cb%3E/{scene.Year}.md", HttpStatusCode.NotFound, "BRAND_NOT_FOUND"),
        };

        foreach (var (path, status, code) in cases)
        {
            var response = await ReportScene.GetAsync(app, path, BrandContentApp.AdminToken, language: "en");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
            Assert.Contains($"\"code\":\"{code}\"", body);
            // Echoed values stay in a JSON problem, never in a page a browser would render.
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var vietnamese = await ReportScene.GetAsync(app, $"/reports/{scene.Brand.Slug}/1999.docx", BrandContentApp.AdminToken, language: "vi");
        Assert.Contains("không phải là năm báo cáo", await vietnamese.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Markup_and_control_characters_in_content_stay_text_in_both_documents()
    {
        var scene = await ReportScene.CreateAsync(app);
        await using (var db = app.OpenDb())
        {
            var brand = TestContent.Brand();
            var hostile = TestContent.Event(brand, new DateOnly(scene.Year, 4, 1), new DateOnly(scene.Year, 4, 2), new V("vi", PublishAt: new DateTimeOffset(scene.Year, 3, 1, 0, 0, 0, TimeSpan.Zero)));
            foreach (var variant in hostile.Variants)
            {
                variant.Name = "<script>alert(1)</script> | *bold* \u0007bell 🎉";
            }

            db.AddRange(brand, hostile);
            await db.SaveChangesAsync();
            scene = scene with { Brand = brand };
        }

        using (var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, scene.DocumentPath("docx"))))
        {
            Assert.Empty(docx.ValidationErrors);
            Assert.Equal("<script>alert(1)</script> | *bold*  bell 🎉", docx.TableAfter("Sự kiện, lễ hội")[1][0]);
        }

        var markdown = Encoding.UTF8.GetString(await ReportScene.DocumentAsync(app, scene.DocumentPath("md")));
        Assert.Contains("\\<script\\>alert\\(1\\)\\</script\\> \\| \\*bold\\*  bell 🎉", markdown);
        Assert.DoesNotContain("<script>", markdown);
    }

    [Fact]
    public async Task The_document_opens_as_a_word_processing_package_with_its_title_in_the_properties()
    {
        var scene = await ReportScene.CreateAsync(app);

        var bytes = await ReportScene.DocumentAsync(app, scene.DocumentPath("docx", "en"));

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, package.DocumentType);
        Assert.Equal($"REPORT: Results of implementing the plan to promote the image of Brand vi in {scene.Year}", package.PackageProperties.Title);
        Assert.NotNull(package.MainDocumentPart!.StyleDefinitionsPart);
    }
}
