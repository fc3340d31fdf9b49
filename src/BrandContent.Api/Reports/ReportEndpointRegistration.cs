using BrandContent.Api.Access;
using BrandContent.Api.Limits;
using BrandContent.Api.Studio;
using BrandContent.Reports;

namespace BrandContent.Api.Reports;

public static class ReportEndpointRegistration
{
    /// <summary>Where the studio links to a report: the same documents, the studio session as the caller.</summary>
    public const string StudioPrefix = StudioRoutes.Root;

    public static IHostApplicationBuilder AddBrandContentReportDocuments(this IHostApplicationBuilder builder)
    {
        builder.AddBrandContentReports();
        builder.Services.AddScoped<YearlyReports>();
        builder.Services.AddSingleton<ReportEndpoint>();
        return builder;
    }

    /// <summary>The documents for API keys, and their twins under /studio for the signed-in studio user.</summary>
    public static IEndpointRouteBuilder MapBrandContentReports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (pattern, format) in new[] { (ReportEndpoint.DocxPattern, ReportFormat.Docx), (ReportEndpoint.MarkdownPattern, ReportFormat.Markdown) })
        {
            endpoints.MapGet(pattern, (HttpContext http, string brand, string year, ReportEndpoint reports) => reports.HandleAsync(http, brand, year, format))
                .RequireCaller()
                .WithRequestLimits();
            endpoints.MapGet(StudioPrefix + pattern, (HttpContext http, string brand, string year, ReportEndpoint reports) => reports.HandleAsync(http, brand, year, format))
                .WithRequestLimits();
        }

        return endpoints;
    }

    /// <summary>The studio's link to a brand's report of a year.</summary>
    public static string StudioLink(string brand, int year, ReportFormat format, string locale) =>
        $"{StudioPrefix}/reports/{Uri.EscapeDataString(brand)}/{year}.{(format == ReportFormat.Docx ? "docx" : "md")}?locale={Uri.EscapeDataString(locale)}";
}
