using BrandContent.Editing;
using GraphQL;
using GraphQL.Instrumentation;

namespace BrandContent.Api.GraphQL.Input;

/// <summary>
/// Refuses argument text PostgreSQL cannot store (NUL, half of a surrogate pair) before any resolver sees it, for
/// every field: a mutation gets VALIDATION_FAILED naming each field (INVALID_CHARACTER), a read INVALID_VALUE naming
/// the argument. Fields without arguments pass straight through.
/// </summary>
public sealed class StorableTextMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (UnstorableArguments.Find(context) is not { } paths)
        {
            return next(context);
        }

        if (context.ParentType == context.Schema.Mutation)
        {
            throw new ValidationFailedException(paths.Select(p => new FieldProblem(p, ValidationRule.InvalidCharacter)).ToList());
        }

        throw new BrandContentException(ErrorCode.InvalidValue, paths[0]);
    }
}
