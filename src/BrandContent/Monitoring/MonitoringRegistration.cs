using BrandContent.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Monitoring;

public static class MonitoringRegistration
{
    /// <summary>Media monitoring (mentions, their import) and the indicators computed from it.</summary>
    public static IHostApplicationBuilder AddBrandContentMonitoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<KpiEvaluator>();
        return builder;
    }
}
