using System.Text;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Brands;
using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Reports;

/// <summary>The two renderings of a yearly report the endpoints serve.</summary>
public enum ReportFormat
{
    Docx,
    Markdown,
}

/// <summary>
/// <c>GET /reports/{brand}/{year}.docx</c> and <c>.md</c>: the yearly report as a document, for API keys of editors and
/// up, with the same rules as <c>yearlyReport</c> (Monitor, the key's brand). The studio links to the same
/// documents under /studio, where its session is the caller. Refusals are HTTP statuses with a small problem body in
/// the caller's language.
/// </summary>
public sealed class ReportEndpoint(LocalizedErrors errors, TimeProvider clock)
{
    public const string DocxPattern = "/reports/{brand}/{year}.docx";
    public const string MarkdownPattern = "/reports/{brand}/{year}.md";
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string MarkdownMediaType = "text/markdown; charset=utf-8";

    public async Task HandleAsync(HttpContext http, string brand, string year, ReportFormat format)
    {
        try
        {
            var caller = EndpointAccess.Require(http, Permission.Monitor, "reports");
            caller.RequireBrand(BrandSlug.Normalize(brand), brand);

            var reports = http.RequestServices.GetRequiredService<YearlyReports>();
            var report = await reports.ForCallerAsync(caller, brand, year, http.Request.Query["locale"].ToString(), clock.GetUtcNow(), http.RequestAborted);
            var text = ReportText.For(report.Locale);
            var outline = YearlyReportLayout.Compose(report, text);
            var (body, mediaType, extension) = format switch
            {
                ReportFormat.Docx => (YearlyReportDocument.Write(outline, text), DocxMediaType, "docx"),
                ReportFormat.Markdown => (Encoding.UTF8.GetBytes(YearlyReportMarkdown.Write(outline, text)), MarkdownMediaType, "md"),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
            };
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"{report.Brand.Slug}-{report.Period.Year}-{report.Locale}.{extension}");
            // The answer depends on the key and on the moment (coverage is as of now): nobody keeps it.
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers.ContentDisposition = disposition.ToString();
            http.Response.ContentType = mediaType;
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
        catch (BrandContentException refused)
        {
            await EndpointAccess.RefuseAsync(http, errors, refused);
        }
    }
}
