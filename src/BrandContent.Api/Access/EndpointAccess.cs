using BrandContent.Access;
using BrandContent.Api.GraphQL.Errors;

namespace BrandContent.Api.Access;

/// <summary>
/// What the HTTP endpoints outside GraphQL (the brand kit, the yearly report, the schedule feed) refuse alike: a caller
/// without a working key is 401 with a Bearer challenge and the reason its key was refused (AGREEMENT_ENDED, or
/// UNAUTHENTICATED), a role without the permission 403 FORBIDDEN, a brand outside the key's scope 403 OUT_OF_SCOPE; and
/// the problem body (title in the caller's language, <c>code</c>) every refusal is answered with.
/// </summary>
public static class EndpointAccess
{
    /// <summary>The caller, when it may use <paramref name="permission"/>; <paramref name="keyRequired"/>: an anonymous caller is not enough.</summary>
    public static Caller Require(HttpContext http, Permission permission, string resource, bool keyRequired = true)
    {
        var caller = http.Caller();
        if (caller.Kind is CallerKind.Rejected or CallerKind.Unidentified || (keyRequired && caller.Kind != CallerKind.ApiKey))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            throw new BrandContentException(caller.Refusal ?? ErrorCode.Unauthenticated);
        }

        if (!caller.Can(permission))
        {
            throw new BrandContentException(ErrorCode.Forbidden, caller.Role.ToConstantCase(), resource);
        }

        return caller;
    }

    /// <summary>Refuses a brand outside the key's brands, naming it as it was asked for.</summary>
    public static void RequireBrand(this Caller caller, string slug, string asked)
    {
        if (!caller.InBrands(slug))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "brand", asked);
        }
    }

    public static Task RefuseAsync(HttpContext http, LocalizedErrors errors, BrandContentException refused) =>
        Results.Problem(
                statusCode: StatusOf(refused.Code),
                title: errors.Message(refused.Code, [.. refused.Arguments]),
                extensions: new Dictionary<string, object?> { ["code"] = refused.Code })
            .ExecuteAsync(http);

    private static int StatusOf(string code) => code switch
    {
        ErrorCode.Unauthenticated or ErrorCode.AgreementEnded => StatusCodes.Status401Unauthorized,
        ErrorCode.Forbidden or ErrorCode.OutOfScope => StatusCodes.Status403Forbidden,
        ErrorCode.BrandNotFound or ErrorCode.MarketNotFound or ErrorCode.ChannelNotFound or ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.MarketTimeZoneMissing => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
