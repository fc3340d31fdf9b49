using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// A document that passed validation once is not validated again by the rules that depend only on its text and the
/// schema: clients send the same few documents over and over, and <see cref="GraphQLDocuments"/> hands back the same
/// parsed instance for the same text. Two kinds of rules still run on every request: those marked for cached
/// documents (introspection access depends on the caller) and the complexity analyzer, whose cost depends on the
/// variables (<c>first: $n</c>), so the limits stay exactly as strict. Variable values are coerced every time as well.
/// </summary>
public sealed class ValidatedDocuments : IConfigureExecution
{
    private static readonly object Validated = new();

    // Keyed by the parsed instance: an entry goes when the parse cache lets its document go.
    private readonly ConditionalWeakTable<GraphQLDocument, object> validated = [];

    /// <summary>After option configurations (100), which add the rules; inside the query retry (150).</summary>
    public float SortOrder => 175;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not { } document)
        {
            return await next(options);
        }

        if (validated.TryGetValue(document, out _))
        {
            options.ValidationRules = RulesForValidatedDocuments(options);
        }

        var result = await next(options);

        // Executed means validation passed (field errors happen after it).
        if (result.Executed)
        {
            validated.TryAdd(document, Validated);
        }

        return result;
    }

    private static List<IValidationRule> RulesForValidatedDocuments(ExecutionOptions options)
    {
        var forCached = options.CachedDocumentValidationRules?.ToList() ?? [];
        forCached.AddRange((options.ValidationRules ?? []).OfType<ComplexityValidationRule>().Where(rule => !forCached.Contains(rule)));
        return forCached;
    }
}
