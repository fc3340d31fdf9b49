using Microsoft.AspNetCore.Mvc.Testing;

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

    /// <summary>A client sending <paramref name="token"/> (the administrator's by default; null sends none).</summary>
    public static GraphQLClient GraphQL(this WebApplicationFactory<Program> server, string? token = BrandContentApp.AdminToken) =>
        new(server.CreateClient(), token);
}
