using BrandContent.Api.Access;
using GraphQLParser.AST;

namespace BrandContent.Api.Limits;

/// <summary>
/// A body let past <see cref="RequestLimits.MaxRequestBodyBytes"/> (up to <see cref="RequestLimits.MaxImportBodyBytes"/>)
/// because its key may import XLIFF. Only <c>importXliff</c> may use it, with the file in its variables: once the
/// request is read, a larger query text or any other operation is refused as if the small limit had applied.
/// </summary>
public sealed class ImportBodyAllowance(LimitedBodyStream body, long maxBytes)
{
    public const string Field = "importXliff";

    /// <summary>Whether the request's key may send an import (authentication has run; callers without a key never may).</summary>
    public static bool Applies(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && Caller.From(http.User).Can(AccessPolicy.For("Mutation", Field)!.Permission);

    /// <summary>
    /// The small limit when the body passed it and the query text alone is larger: parsed documents are cached, so
    /// only variables may be large. Null otherwise.
    /// </summary>
    public static long? RefusesQueryText(HttpContext http, string query) =>
        http.Features.Get<ImportBodyAllowance>() is { } allowance && allowance.Used && query.Length > allowance.MaxBytes ? allowance.MaxBytes : null;

    /// <summary>The small limit when the body passed it and the operation is anything but <c>importXliff</c> alone; null otherwise.</summary>
    public static long? RefusesOperation(HttpContext http, GraphQLDocument document, string? operationName) =>
        http.Features.Get<ImportBodyAllowance>() is { } allowance && allowance.Used && !IsImportOnly(document, operationName) ? allowance.MaxBytes : null;

    /// <summary>The limit every other request keeps.</summary>
    private long MaxBytes { get; } = maxBytes;

    private bool Used => body.Position > MaxBytes;

    private static bool IsImportOnly(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
        return operation is { Operation: OperationType.Mutation }
            && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: Field or "__typename" });
    }
}
