using BrandContent.Access;
using GraphQL;

namespace BrandContent.Api.Access;

/// <summary>The request's caller, set by the endpoint once the key is checked.</summary>
public sealed class CallerContext
{
    public Caller Caller { get; set; } = Caller.Anonymous(Role.Public);
}

public static class CallerAccess
{
    public static Caller Caller(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CallerContext>().Caller;
}
