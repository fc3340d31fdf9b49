using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.PersistedQueries;

/// <summary>Checks a document before it is registered, with the checks a request goes through, as the same errors.</summary>
public static class PersistedQueryValidation
{
    /// <summary>Syntax, limits, schema validation and complexity of every operation; empty when the document may be stored.</summary>
    public static async Task<IReadOnlyList<ExecutionError>> ValidateDocumentAsync(this IResolveFieldContext context, string query)
    {
        var services = context.RequestServices!;
        var errors = services.GetRequiredService<LocalizedErrors>();
        GraphQLDocument document;
        try
        {
            document = services.GetRequiredService<GraphQLDocumentCache>().Parse(query);
        }
        catch (DocumentLimitException limit)
        {
            return [errors.Error(ErrorCode.QueryTooLarge, limit.MaxTokens)];
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            return [Refusal(errors, new SyntaxError(syntax))];
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return [errors.Error(ErrorCode.QueryTooNested, services.GetRequiredService<IOptions<GraphQLLimits>>().Value.MaxParserDepth)];
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return [Refusal(errors, new NoOperationError())];
        }

        var limits = services.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        var complexity = new ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity });
        // The schema rules look at the whole document, the complexity analyzer at one operation at a time.
        var found = await ValidateAsync(context, document, operations[0], DocumentValidator.CoreRules);
        if (found.Count == 0)
        {
            foreach (var operation in operations)
            {
                found.AddRange(await ValidateAsync(context, document, operation, [complexity]));
            }
        }

        return found.Select(e => e is ComplexityError ? errors.Error(ErrorCode.QueryTooComplex, e.Message) : Refusal(errors, e)).ToList();
    }

    /// <summary>
    /// GraphQL.NET's error with its code, framed in the caller's language. Its locations point into the registered
    /// document, not the request, so they go under extensions.data.locations.
    /// </summary>
    private static ExecutionError Refusal(LocalizedErrors errors, ExecutionError error)
    {
        var refusal = new ExecutionError(errors.Message(LocalizedErrors.GraphQLInvalidMessage, error.Message)) { Code = error.Code };
        if (error.Locations is { Count: > 0 } locations)
        {
            refusal.Data["locations"] = locations.Select(l => new Dictionary<string, int> { ["line"] = l.Line, ["column"] = l.Column }).ToList();
        }

        return refusal;
    }

    /// <summary>The rules' errors; variable values are the client's to send when it runs the document, so their absence is not one.</summary>
    private static async Task<List<ExecutionError>> ValidateAsync(
        IResolveFieldContext context, GraphQLDocument document, GraphQLOperationDefinition operation, IEnumerable<IValidationRule> rules)
    {
        var result = await context.RequestServices!.GetRequiredService<IDocumentValidator>().ValidateAsync(new ValidationOptions
        {
            Schema = context.Schema,
            Document = document,
            Operation = operation,
            Rules = rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            Metrics = Metrics.None,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.CancellationToken,
        });
        return result.Errors.Where(e => e is not InvalidVariableError).Cast<ExecutionError>().ToList();
    }
}
