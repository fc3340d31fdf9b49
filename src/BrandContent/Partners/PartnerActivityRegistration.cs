using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BrandContent.Partners;

public static class PartnerActivityRegistration
{
    /// <summary>The recorder of what partners took away, its settings and its flusher.</summary>
    public static IHostApplicationBuilder AddBrandContentPartnerActivity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PartnerActivityOptions>()
            .BindConfiguration(PartnerActivityOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PartnerActivityOptions>, PartnerActivityOptionsValidation>();
        builder.Services.AddSingleton<PartnerActivityRecorder>();
        builder.Services.AddHostedService<PartnerActivityFlusher>();
        return builder;
    }
}

/// <summary>Names every wrong setting in the message that stops the server.</summary>
internal sealed class PartnerActivityOptionsValidation : IValidateOptions<PartnerActivityOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnerActivityOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
