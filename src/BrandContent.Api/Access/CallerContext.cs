using GraphQL;

namespace BrandContent.Api.Access;

/// <summary>The request's caller, set once by <see cref="CallerAuthentication"/>.</summary>
public sealed class CallerContext
{
    public Caller Caller { get; set; } = Caller.Unidentified;
}

public static class CallerAccess
{
    public static Caller Caller(this HttpContext http) => http.RequestServices.GetRequiredService<CallerContext>().Caller;

    public static Caller Caller(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CallerContext>().Caller;
}
