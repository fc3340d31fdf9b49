using System.Collections.Concurrent;

namespace BrandContent.Tests.Fixtures;

/// <summary>API keys of every role for a test host, created once per host through the admin's createApiKey.</summary>
public static class Keys
{
    public static readonly string[] Roles = ["PUBLIC", "PARTNER", "TRANSLATOR", "EDITOR", "REVIEWER", "ADMIN", "SCHEDULER"];

    private static readonly ConcurrentDictionary<BrandContentApp, Lazy<Task<Dictionary<string, string>>>> PerHost = new();

    public static Task<Dictionary<string, string>> ForEveryRoleAsync(BrandContentApp app) =>
        PerHost.GetOrAdd(app, a => new Lazy<Task<Dictionary<string, string>>>(async () =>
        {
            var keys = new Dictionary<string, string>();
            foreach (var role in Roles)
            {
                keys[role] = await CreateAsync(a, $"matrix {role}", role);
            }

            return keys;
        })).Value;

    /// <summary>A new key; returns its secret.</summary>
    public static async Task<string> CreateAsync(
        BrandContentApp app, string name, string role, string[]? brands = null, string[]? markets = null, string[]? locales = null, DateTimeOffset? expiresAt = null)
    {
        var created = (await app.GraphQL().QueryAsync(
            "mutation($i: ApiKeyInput!) { createApiKey(input: $i) { key { id } token } }",
            new { i = new { name, role, brands, markets, locales, expiresAt } })).Ok().GetProperty("createApiKey");
        return created.GetProperty("token").GetString()!;
    }
}
