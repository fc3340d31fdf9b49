using BrandContent.Access;
using BrandContent.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Access;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> to keys whose role is not in <see cref="AuthOptions.IntrospectionRoles"/>.
/// <c>__typename</c> is always allowed, and so are callers without a key: GraphiQL loads the schema before a key is set.
/// </summary>
public sealed class IntrospectionAccessRule(IOptions<AuthOptions> options, LocalizedErrors errors) : ValidationRuleBase
{
    private readonly IReadOnlySet<Role> roles = options.Value.IntrospectingRoles();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = context.RequestServices!.GetRequiredService<CallerContext>().Caller;
        return caller.Kind != CallerKind.ApiKey || roles.Contains(caller.Role)
            ? default
            : new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
            {
                if (field.Name.Value == "__schema" || field.Name.Value == "__type")
                {
                    var message = errors.Message(ErrorCode.IntrospectionDisabled, caller.Role.ToConstantCase());
                    validation.ReportError(new ValidationError(validation.Document.Source, null, message, field) { Code = ErrorCode.IntrospectionDisabled });
                }
            }));
    }
}
