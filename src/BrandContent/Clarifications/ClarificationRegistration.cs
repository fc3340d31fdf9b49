using BrandContent.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Clarifications;

public static class ClarificationRegistration
{
    /// <summary>Clarifications' fast track, what their publication sets off, and incidents.</summary>
    public static IHostApplicationBuilder AddBrandContentClarifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ClarificationFastTrack>();
        builder.Services.AddScoped<IncidentEditor>();
        builder.Services.AddScoped<IPublishedVariantHandler, ClarificationPublication>();
        builder.Services.AddOptions<ClarificationOptions>()
            .BindConfiguration(ClarificationOptions.Section)
            .Validate(o => o.IsValid(), $"{ClarificationOptions.Section}: CriticalDue, HighDue, MediumDue and LowDue must be positive, in that order (each no later than the next), and at most 30 days.")
            .ValidateOnStart();
        return builder;
    }
}
