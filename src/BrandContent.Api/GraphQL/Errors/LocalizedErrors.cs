using BrandContent.Editing;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Localization;

namespace BrandContent.Api.GraphQL.Errors;

/// <summary>Turns failures into GraphQL errors with a stable code and a message in the caller's language.</summary>
public sealed class LocalizedErrors(IStringLocalizer<ErrorMessages> localizer, ILogger<LocalizedErrors> logger)
{
    /// <summary>The message key that frames GraphQL.NET's own (English) error text.</summary>
    public const string GraphQLInvalidMessage = "GRAPHQL_INVALID";

    public string Message(string code, params object?[] arguments) => localizer[code, arguments.Select(a => Shown(code, a)).ToArray()].Value;

    /// <summary>
    /// Every value a message echoes is cut (<see cref="EchoedValues"/>); a message of GraphQL.NET's that we frame keeps
    /// its words and has the values it quotes cut.
    /// </summary>
    private static object Shown(string code, object? argument) => argument switch
    {
        null => "",
        string text when code is GraphQLInvalidMessage or ErrorCode.QueryTooComplex => EchoedValues.CutQuoted(text),
        string text => EchoedValues.Cut(text),
        _ => argument,
    };

    public ExecutionError Error(string code, params object?[] arguments) => new(Message(code, arguments)) { Code = code };

    /// <summary>A GraphQL.NET error (syntax, validation) with its code and locations, its text framed in the caller's language.</summary>
    public ExecutionError Wrap(ExecutionError error)
    {
        var wrapped = new ExecutionError(Message(GraphQLInvalidMessage, error.Message)) { Code = error.Code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            wrapped.AddLocation(location);
        }

        return wrapped;
    }

    /// <summary>One VALIDATION_FAILED error listing every broken rule; each also under extensions.data.problems.</summary>
    public ExecutionError Invalid(IReadOnlyList<FieldProblem> problems)
    {
        var messages = problems
            .Select(p => (Problem: p, Text: Message(ValidationRule.MessageKey(p.Rule), [p.Field, .. p.Arguments])))
            .ToList();
        // The problems' messages have their values cut already; together they are the message, not a value.
        var error = new ExecutionError(localizer[ErrorCode.ValidationFailed, string.Join(" ", messages.Select(m => m.Text))].Value) { Code = ErrorCode.ValidationFailed };
        error.Data["problems"] = messages
            .Select(m => new Dictionary<string, object?> { ["field"] = EchoedValues.Cut(m.Problem.Field), ["rule"] = m.Problem.Rule, ["message"] = m.Text })
            .ToList();
        return error;
    }

    /// <summary>For ExecutionOptions.UnhandledExceptionDelegate: known failures keep their code, others are logged and hidden.</summary>
    public Task HandleAsync(UnhandledExceptionContext context)
    {
        if (context.OriginalException is BrandContentException known)
        {
            context.Exception = Error(known.Code, [.. known.Arguments]);
            return Task.CompletedTask;
        }

        if (context.OriginalException is ValidationFailedException invalid)
        {
            context.Exception = Invalid(invalid.Problems);
            return Task.CompletedTask;
        }

        if (DatabaseFailure.IsUnavailable(context.OriginalException))
        {
            // The request is answered 503 as a whole (QueryRetry); the outage is logged once, by DatabaseOutage.
            context.Exception = Error(ErrorCode.DatabaseUnavailable, (int)DatabaseOutage.RetryAfter.TotalSeconds);
            return Task.CompletedTask;
        }

        logger.LogError(context.OriginalException, "Unhandled error while resolving {Path}", context.FieldContext?.Path);
        context.Exception = Error(ErrorCode.Internal);
        return Task.CompletedTask;
    }
}
