using BrandContent.Access;
using BrandContent.Api.Access;
using GraphQLParser.AST;

namespace BrandContent.Api.Limits;

/// <summary>
/// A body let past <see cref="RequestLimits.MaxRequestBodyBytes"/> (up to <see cref="RequestLimits.MaxImportBodyBytes"/>)
/// because its key may import a file (XLIFF, or a monitoring tool's CSV of mentions). Only the imports may use it, with
/// the file in their variables: once the request is read, a larger query text or any other operation is refused as if
/// the small limit had applied. Each import keeps its own, smaller limits on what it reads.
/// </summary>
public sealed class ImportBodyAllowance(LimitedBodyStream body, long maxBytes)
{
    /// <summary>The mutations that take a file.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(["importXliff", "importMentions"]);

    private static readonly Permission[] ImportPermissions = [.. Fields.Select(f => AccessPolicy.For("Mutation", f)!.Permission).Distinct()];

    /// <summary>The limit every other request keeps.</summary>
    public long MaxBytes { get; } = maxBytes;

    private bool Used => body.Position > MaxBytes;

    /// <summary>Whether the request's caller may send an import (decided before the body is read; callers without a key never may).</summary>
    public static bool Applies(HttpContext http) =>
        http.Caller() is { Kind: CallerKind.ApiKey } caller && ImportPermissions.Any(caller.Can);

    /// <summary>
    /// Before parsing: the allowance of a request that used it for a query text over the small limit (parsed documents
    /// are cached, so only variables may be large); null otherwise.
    /// </summary>
    public static ImportBodyAllowance? SpentOnText(HttpContext http, string? query) =>
        http.Features.Get<ImportBodyAllowance>() is { Used: true } allowance && query?.Length > allowance.MaxBytes ? allowance : null;

    /// <summary>After parsing: the allowance of a request that used it for anything but imports alone; null otherwise.</summary>
    public static ImportBodyAllowance? SpentOnOtherOperation(HttpContext http, GraphQLOperationDefinition? operation) =>
        http.Features.Get<ImportBodyAllowance>() is { Used: true } allowance && !IsImportOnly(operation) ? allowance : null;

    private static bool IsImportOnly(GraphQLOperationDefinition? operation) =>
        operation is { Operation: OperationType.Mutation }
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && (Fields.Contains(field.Name.StringValue) || field.Name.StringValue == "__typename"));
}
