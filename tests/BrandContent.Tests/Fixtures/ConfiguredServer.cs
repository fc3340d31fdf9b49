using BrandContent.Changes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Fixtures;

/// <summary>Another server on the fixture's database, with some settings changed: it starts with fresh in-memory state (limiter buckets).</summary>
public static class ConfiguredServer
{
    public static WebApplicationFactory<Program> With(this BrandContentApp app, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>
    /// Starts the server and waits until it hears change notifications (and has flushed what it kept before): from then
    /// on nothing happens behind a test's back, such as that flush emptying a cache mid-test.
    /// </summary>
    public static Task ListeningAsync(this WebApplicationFactory<Program> server) =>
        server.Services.GetRequiredService<ChangeListener>().Listening.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>A client sending <paramref name="token"/> (the administrator's by default; null sends none).</summary>
    public static GraphQLClient GraphQL(this WebApplicationFactory<Program> server, string? token = BrandContentApp.AdminToken) =>
        new(server.CreateClient(), token);
}
