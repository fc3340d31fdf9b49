using BrandContent.Kpis;
using BrandContent.Markets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Monitoring;

public static class MonitoringRegistration
{
    /// <summary>Media monitoring (mentions, their import) and the indicators computed from it.</summary>
    public static IHostApplicationBuilder AddBrandContentMonitoring(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MentionImport>();
        builder.Services.AddScoped<KpiEvaluator>();
        builder.Services.AddOptions<MonitoringOptions>()
            .BindConfiguration(MonitoringOptions.Section)
            .Validate(o => MarketCode.IsWellFormed(MarketCode.Normalize(o.HomeMarket)), $"{MonitoringOptions.Section}:HomeMarket must be a market code such as VN.")
            .Validate(o => o.MaxImportRows > 0, $"{MonitoringOptions.Section}:MaxImportRows must be positive.")
            .Validate(o => o.MaxImportBytes > 0, $"{MonitoringOptions.Section}:MaxImportBytes must be positive.")
            .ValidateOnStart();
        return builder;
    }
}
