using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Reports;

public static class ReportRegistration
{
    public static IHostApplicationBuilder AddBrandContentReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<YearlyReportBuilder>();
        return builder;
    }
}
