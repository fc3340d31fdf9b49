using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Limits;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> to keys whose role is not in <see cref="RequestLimits.IntrospectionRoles"/>.
/// <c>__typename</c> is always allowed, and so are callers without a key: GraphiQL loads the schema before a key is set.
/// </summary>
public sealed class IntrospectionAccessRule(IOptions<RequestLimits> options, LocalizedErrors errors) : ValidationRuleBase
{
    private readonly IReadOnlySet<Role> roles = options.Value.IntrospectingRoles();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // The user is the key's identity (authentication runs in the HTTP pipeline); without a key there is none.
        if (context.User?.Identity?.IsAuthenticated != true)
        {
            return default;
        }

        var role = context.RequestServices!.GetRequiredService<CallerContext>().Caller.Role;
        return roles.Contains(role)
            ? default
            : new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
            {
                if (field.Name.Value == "__schema" || field.Name.Value == "__type")
                {
                    var message = errors.Message(ErrorCode.IntrospectionDisabled, role.ToConstantCase());
                    validation.ReportError(new ValidationError(validation.Document.Source, null, message, field) { Code = ErrorCode.IntrospectionDisabled });
                }
            }));
    }
}
