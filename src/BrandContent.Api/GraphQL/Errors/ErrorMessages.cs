namespace BrandContent.Api.GraphQL.Errors;

/// <summary>Marker for the error message resources (Resources/GraphQL/Errors/ErrorMessages.*.resx), keyed by error code.</summary>
public sealed class ErrorMessages;
