using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrandContent.Api.Health;

/// <summary>The body of /healthz and /readyz: the overall status and, per check, its status and reason.</summary>
public sealed record HealthAnswer(string Status, IReadOnlyDictionary<string, HealthAnswer.Check> Checks)
{
    public sealed record Check(string Status, string? Reason);

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var answer = new HealthAnswer(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => new Check(e.Value.Status.ToString(), e.Value.Description)));
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, answer, JsonSerializerOptions.Web, http.RequestAborted);
    }
}
