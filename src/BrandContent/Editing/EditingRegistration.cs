using BrandContent.Publishing;
using BrandContent.Telemetry;
using BrandContent.Translation.Xliff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Editing;

public static class EditingRegistration
{
    /// <summary>Editing, workflow and scheduled publishing.</summary>
    public static IHostApplicationBuilder AddBrandContentEditing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<VariantEditor>();
        builder.Services.AddScoped<EntityEditor>();
        builder.Services.AddScoped<XliffImport>();
        builder.Services.AddScoped<VariantWorkflow>();
        builder.Services.AddScoped<PublishScheduler>();
        builder.Services.AddSingleton<SchedulerMetrics>();
        builder.Services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.Section)
            .Validate(o => o.IntervalSeconds >= 0, $"{SchedulerOptions.Section}:IntervalSeconds must be 0 (off) or positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<PublishSchedulerService>();
        return builder;
    }
}
