using BrandContent.Access;
using BrandContent.Api.Access;

namespace BrandContent.Api.Studio.Sessions;

/// <summary>Who is signed in to the studio on this request: the session and the key's caller, checked this request.</summary>
public sealed record StudioUser(Guid SessionId, Caller Caller)
{
    public string Name => Caller.Name;

    public Role Role => Caller.Role;

    public bool Can(Permission permission) => Caller.Can(permission);
}

public static class StudioUserAccess
{
    /// <summary>The signed-in user, or null on the sign-in page and for visitors without a live session.</summary>
    public static StudioUser? StudioUser(this HttpContext http) => http.Features.Get<StudioUser>();
}
