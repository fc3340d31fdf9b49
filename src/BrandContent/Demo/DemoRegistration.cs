using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Demo;

public static class DemoRegistration
{
    public static IHostApplicationBuilder AddBrandContentDemo(this IHostApplicationBuilder builder)
    {
        // The setting is a plain true/false, not a section: BrandContent__DemoContent=false.
        builder.Services.AddOptions<DemoContentOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Load = configuration.GetValue(DemoContentOptions.Section, true));
        return builder;
    }

    /// <summary>Loads the demo destinations that are missing, when <see cref="DemoContentOptions.Load"/> is on; after the migrations.</summary>
    public static async Task LoadDemoContentAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (!services.GetRequiredService<IOptions<DemoContentOptions>>().Value.Load)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
        var loaded = await DemoContent.LoadAsync(db, cancellationToken);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoContent)).LogInformation("Demo content: {Count} brands added", loaded);
        if (loaded > 0)
        {
            // Fresh tables have no planner statistics until autovacuum gets there; without them list queries
            // are planned as nested loops and run several times slower.
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }
}
