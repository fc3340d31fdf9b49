using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Sync;

public static class SyncRegistration
{
    /// <summary>Delta sync: the reader, the token key, and the log's periodic maintenance.</summary>
    public static IHostApplicationBuilder AddBrandContentSync(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentSync>();
        builder.Services.AddScoped<SyncMaintenance>();
        builder.Services.AddSingleton<SyncTokenKey>();
        builder.Services.AddOptions<SyncOptions>()
            .BindConfiguration(SyncOptions.Section)
            .Validate(o => o.Retention >= TimeSpan.FromHours(1), $"{SyncOptions.Section}:Retention must be at least one hour (01:00:00 or more).")
            .Validate(o => o.MaxLocales is >= 1 and <= 50, $"{SyncOptions.Section}:MaxLocales must be between 1 and 50.")
            .ValidateOnStart();
        builder.Services.AddHostedService<SyncMaintenanceService>();

        return builder;
    }
}
