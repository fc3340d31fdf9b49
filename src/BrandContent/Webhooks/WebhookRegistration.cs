using BrandContent.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace BrandContent.Webhooks;

public static class WebhookRegistration
{
    /// <summary>Subscriptions' settings, the guarded and resilient HTTP client, and the dispatcher.</summary>
    public static IHostApplicationBuilder AddBrandContentWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidation>();
        builder.Services.AddSingleton<WebhookConnectGuard>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddScoped<WebhookDeliveryRun>();
        builder.Services.AddSingleton<WebhookWakeUp>();
        builder.Services.AddSingleton<IChangeSubscriber>(services => services.GetRequiredService<WebhookWakeUp>());
        builder.Services.AddHostedService<WebhookDispatcher>();

        builder.Services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                // A redirect is a failed attempt: following one could lead anywhere, a private address included.
                AllowAutoRedirect = false,

                // Through a proxy the guard would check the proxy, not the receiver.
                UseProxy = false,
                UseCookies = false,
                ConnectCallback = services.GetRequiredService<WebhookConnectGuard>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .AddResilienceHandler("webhook-delivery", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value;
                pipeline
                    .AddTimeout(settings.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        // Only when the request never left (no connection): the long schedule is the outbox's.
                        MaxRetryAttempts = Math.Max(settings.QuickRetries, 1),
                        ShouldHandle = args => ValueTask.FromResult(settings.QuickRetries > 0 && IsConnectFailure(args.Outcome.Exception)),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(200),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        MinimumThroughput = settings.BreakerMinimumThroughput,
                        FailureRatio = 0.9,
                        SamplingDuration = TimeSpan.FromMinutes(1),
                        BreakDuration = settings.BreakDuration,
                    })
                    .AddTimeout(settings.AttemptTimeout);
            })
            .SelectPipelineByAuthority();
        return builder;
    }

    private static bool IsConnectFailure(Exception? e) =>
        e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } && e.InnerException is not WebhookTargetForbiddenException;
}

/// <summary>Names every wrong webhook setting in the message that stops the server.</summary>
internal sealed class WebhookOptionsValidation : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
