using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace BrandContent.Storage;

public static class StorageRegistration
{
    /// <summary>The DbContext on the configured or embedded PostgreSQL. Interceptors registered in DI are attached.</summary>
    public static IHostApplicationBuilder AddBrandContentStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbeddedPostgresOptions>().BindConfiguration(EmbeddedPostgresOptions.Section);
        builder.Services.AddSingleton<BrandContentDatabase>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<BrandContentDb>((services, options) => options
            .UseNpgsql(services.GetRequiredService<BrandContentDatabase>().ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        return builder;
    }

    /// <summary>Starts or finds the database and applies the migrations; the first thing the server does.</summary>
    public static async Task PrepareBrandContentDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<BrandContentDatabase>().PrepareAsync(cancellationToken);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageRegistration));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();

        // A database that is still starting (docker compose) is worth waiting for; a wrong password is not.
        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(e => e.IsTransient),
                MaxRetryAttempts = 8,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    logger.LogWarning("Database not reachable yet (attempt {Attempt}): {Message}", args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        await pipeline.ExecuteAsync(
            async token =>
            {
                // Creating the history table first spares a fresh database the provider's spurious "relation does not exist" error log.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(token);
                await db.Database.MigrateAsync(token);
            },
            cancellationToken);
    }
}
