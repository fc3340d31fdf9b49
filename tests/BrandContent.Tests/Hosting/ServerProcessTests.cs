using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BrandContent.Access;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Hosting;

/// <summary>The built server in a process of its own, as an operator runs it: what it prints, and its probe mode.</summary>
public sealed class ServerProcessTests(ServerProcess server) : IClassFixture<ServerProcess>
{
    private const string PrintedKey = "Created the administrator API key (shown only now, keep it): ";

    [Fact]
    public async Task Json_logs_are_one_object_a_line_and_api_key_secrets_appear_only_in_the_one_plain_line_printed_at_first_start()
    {
        var keyLine = await server.WaitForLineAsync(line => line.StartsWith(PrintedKey, StringComparison.Ordinal));
        var adminToken = keyLine[PrintedKey.Length..];
        Assert.StartsWith(ApiKeys.TokenStart, adminToken);

        var created = await QueryAsync(adminToken,
            "mutation { createApiKey(input: { name: \"partner site\", role: PARTNER }) { token } }");
        var partnerToken = created.GetProperty("createApiKey").GetProperty("token").GetString()!;
        var audit = (await QueryAsync(adminToken, "{ auditLog(first: 500) { operation before after } }")).GetRawText();
        Assert.Contains("createApiKey", audit);
        Assert.DoesNotContain(adminToken, audit);
        Assert.DoesNotContain(partnerToken, audit);

        // Request logging is on for this server; once this request's line is out, everything before it is too.
        var marker = Guid.NewGuid().ToString("N");
        using (await server.Http.GetAsync($"{server.Url}/healthz?marker={marker}"))
        {
        }

        await server.WaitForLineAsync(line => line.Contains(marker, StringComparison.Ordinal));
        var output = server.Output;
        Assert.Equal([keyLine], output.Where(line => line.Contains(adminToken, StringComparison.Ordinal)));
        Assert.DoesNotContain(output.Concat(server.Errors), line => line.Contains(partnerToken, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Errors, line => line.Contains(adminToken, StringComparison.Ordinal));
        foreach (var line in output.Where(line => line != keyLine))
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _) && json.RootElement.TryGetProperty("Category", out _), line);
        }

        Assert.Contains(output, line => line.Contains("\"Category\":\"Microsoft.Hosting.Lifetime\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_probe_exits_0_when_the_server_is_ready_and_1_when_it_is_not_there()
    {
        var ready = await ServerProcess.RunAsync("--probe", $"{server.Url}/readyz");
        var live = await ServerProcess.RunAsync("--probe", $"{server.Url}/healthz");
        var missing = await ServerProcess.RunAsync("--probe", $"{server.Url}/no-such-page");
        var nobody = await ServerProcess.RunAsync("--probe", "http://127.0.0.1:1/readyz");
        var noUrl = await ServerProcess.RunAsync("--probe");

        Assert.True(ready.ExitCode == 0, ready.Output);
        Assert.Contains("\"migrations\"", ready.Output);
        Assert.True(live.ExitCode == 0, live.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Equal(1, noUrl.ExitCode);
        Assert.Contains("--probe http://localhost:8080/readyz", noUrl.Output);
    }

    private async Task<JsonElement> QueryAsync(string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{server.Url}/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("data").Clone();
    }
}
