using Microsoft.Extensions.Options;

namespace BrandContent.Api.Telemetry;

/// <summary>Which telemetry the server records (section <c>BrandContent:Telemetry</c>).</summary>
public sealed record TelemetryOptions
{
    public const string Section = "BrandContent:Telemetry";

    /// <summary>
    /// Record spans (ASP.NET Core, GraphQL, every SQL statement). Unset: only when an OTLP endpoint is configured, since
    /// spans cost on every request and nothing reads them otherwise. Metrics are always recorded.
    /// </summary>
    public bool? Traces { get; init; }

    /// <summary>The section as set, or a start refused with the setting's name when a value is not true or false.</summary>
    public static TelemetryOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var traces = section[nameof(Traces)];
        if (!string.IsNullOrWhiteSpace(traces) && !bool.TryParse(traces, out _))
        {
            throw new OptionsValidationException(Section, typeof(TelemetryOptions), [$"{Section}:{nameof(Traces)} must be true or false (is '{traces}')."]);
        }

        return section.Get<TelemetryOptions>() ?? new();
    }
}
