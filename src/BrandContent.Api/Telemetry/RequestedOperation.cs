using GraphQLParser.AST;

namespace BrandContent.Api.Telemetry;

/// <summary>The operation a request runs, as the GraphQL spec picks it: by the request's operationName, else the only one.</summary>
public static class RequestedOperation
{
    /// <summary>The name metrics use for an operation without one.</summary>
    public const string Anonymous = "anonymous";

    public static GraphQLOperationDefinition? Find(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
    }

    /// <summary>The request's operationName, or the single operation's name, or <see cref="Anonymous"/>.</summary>
    public static string NameOf(GraphQLDocument? document, string? operationName) =>
        !string.IsNullOrEmpty(operationName) ? operationName
        : Find(document, null)?.Name?.StringValue is { Length: > 0 } name ? name
        : Anonymous;
}
