using BrandContent.Api.GraphQL.Errors;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// The one check of a GraphQL document, for a request and for <c>registerPersistedQuery</c> alike: its text (present,
/// storable, at most <see cref="GraphQLLimits.MaxTokens"/> tokens counted before parsing), its parse (nesting at most
/// <see cref="GraphQLLimits.MaxParserDepth"/>), then the schema's rules and the complexity analyzer, configured once
/// (<see cref="ConfigureComplexity"/>), with GraphQL.NET's errors framed in the caller's language.
/// Parsed documents are kept: clients send the same few over and over, and a document does not depend on data.
/// </summary>
public sealed class GraphQLDocuments(IOptions<GraphQLLimits> options, LocalizedErrors errors) : IDisposable
{
    private readonly GraphQLLimits limits = options.Value;
    private readonly MemoryCache parsed = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>The parsed document, or a refusal (400) saying what is wrong with the text.</summary>
    public GraphQLDocument Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw Refuse(errors.Error(ErrorCode.MissingQuery));
        }

        if (parsed.TryGetValue(query, out GraphQLDocument? cached))
        {
            return cached!;
        }

        // GraphQL's source text excludes NUL, yet the parser lets one through in a comment, and a document holding one cannot be stored.
        if (!StorableText.IsStorable(query))
        {
            throw Refuse(errors.Error(ErrorCode.InvalidValue, "query"));
        }

        if (CountTokens(query) > limits.MaxTokens)
        {
            throw Refuse(errors.Error(ErrorCode.QueryTooLarge, limits.MaxTokens));
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            throw Refuse(errors.Wrap(new SyntaxError(syntax)));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw Refuse(errors.Error(ErrorCode.QueryTooNested, limits.MaxParserDepth));
        }

        parsed.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }

    /// <summary>
    /// Depth and complexity as the limits say, for the executer (GraphQLRegistration) and for registration here: 1 per
    /// field, a list times its <c>first</c> argument or 5; introspection (GraphiQL's own query) costs nothing.
    /// </summary>
    public static void ConfigureComplexity(ComplexityOptions complexity, GraphQLLimits limits)
    {
        complexity.MaxDepth = limits.MaxDepth;
        complexity.MaxComplexity = limits.MaxComplexity;
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = field =>
            field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(0, 0)
                : standard(field);
    }

    /// <summary>A validation error of GraphQL.NET as the caller reads it: QUERY_TOO_COMPLEX, or its code and text in a sentence of the caller's language.</summary>
    public ExecutionError Localize(ExecutionError error) => error switch
    {
        ComplexityError => errors.Error(ErrorCode.QueryTooComplex, error.Message),
        DocumentError => errors.Wrap(error),
        _ => error,
    };

    /// <summary>
    /// Everything a request of this document would be refused for before it runs (the schema's rules, then the
    /// complexity of every operation); empty when it may be stored. Variable values are the client's to send when it
    /// runs the document, so their absence is not a problem here.
    /// </summary>
    public async Task<IReadOnlyList<ExecutionError>> CheckForRegistrationAsync(string query, ISchema schema, IServiceProvider services, CancellationToken cancellationToken)
    {
        GraphQLDocument document;
        try
        {
            document = Parse(query);
        }
        catch (RequestRefusedException refused)
        {
            return [InRegisteredDocument(refused.Refusal.Error)];
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return [InRegisteredDocument(Localize(new NoOperationError()))];
        }

        var validator = services.GetRequiredService<IDocumentValidator>();
        var complexity = new ComplexityOptions();
        ConfigureComplexity(complexity, limits);

        // The schema rules look at the whole document, the complexity analyzer at one operation at a time.
        var found = await ValidateAsync(validator, schema, document, operations[0], DocumentValidator.CoreRules, services, cancellationToken);
        if (found.Count == 0)
        {
            foreach (var operation in operations)
            {
                found.AddRange(await ValidateAsync(validator, schema, document, operation, [new ComplexityValidationRule(complexity)], services, cancellationToken));
            }
        }

        return found.Select(e => InRegisteredDocument(Localize(e))).ToList();
    }

    /// <summary>Locations point into the registered document, not into the request: they go under extensions.data.locations.</summary>
    private static ExecutionError InRegisteredDocument(ExecutionError error)
    {
        var moved = new ExecutionError(error.Message) { Code = error.Code };
        if (error.Locations is { Count: > 0 } locations)
        {
            moved.Data["locations"] = locations.Select(l => new Dictionary<string, int> { ["line"] = l.Line, ["column"] = l.Column }).ToList();
        }

        return moved;
    }

    private static async Task<List<ExecutionError>> ValidateAsync(
        IDocumentValidator validator, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, IEnumerable<IValidationRule> rules,
        IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            Metrics = Metrics.None,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        return result.Errors.Where(e => e is not InvalidVariableError).Cast<ExecutionError>().ToList();
    }

    private RequestRefusedException Refuse(ExecutionError error) => RequestRefusal.BadRequest(error).AsException();

    private int CountTokens(string query)
    {
        var count = 0;
        var position = 0;
        while (true)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF || ++count > limits.MaxTokens)
            {
                return count;
            }

            position = token.End;
        }
    }

    public void Dispose() => parsed.Dispose();
}
