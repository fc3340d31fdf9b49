using Microsoft.Extensions.Options;

namespace BrandContent.Api.Studio;

/// <summary>Stops the server at start with a message naming the wrong setting.</summary>
public sealed class StudioOptionsValidation : IValidateOptions<StudioOptions>
{
    public ValidateOptionsResult Validate(string? name, StudioOptions options) =>
        options.IsValid(out var problem) ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
}
