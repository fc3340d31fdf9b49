using BrandContent.Api.Access;
using BrandContent.Storage;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Studio.Sessions;

/// <summary>
/// For every studio request: the studio's headers, the signed-in user (the session's key as this request's
/// <see cref="Caller"/>, so everything after — StudioApi, access rules, history — sees it as /graphql would), and the
/// page's language.
/// </summary>
public sealed class StudioSessionMiddleware(RequestDelegate next, StudioSessions sessions, IOptions<StudioOptions> options)
{
    private static readonly Func<object, Task> AddHeaders = response =>
    {
        StudioHeaders.AddTo((HttpResponse)response);
        return Task.CompletedTask;
    };

    public async Task InvokeAsync(HttpContext http, CallerContext caller)
    {
        http.Response.OnStarting(AddHeaders, http.Response);
        string? sessionCulture = null;
        if (StudioSessionCookie.Read(http.Request) is { } token)
        {
            var db = http.RequestServices.GetRequiredService<BrandContentDb>();
            if (await sessions.ResumeAsync(db, token, http.RequestServices, http.RequestAborted) is { } resumed)
            {
                http.Features.Set(resumed.User);
                caller.Caller = resumed.User.Caller;
                sessionCulture = resumed.Culture;
            }
            else
            {
                StudioSessionCookie.Delete(http.Response);
            }
        }

        StudioCultures.Apply(StudioCultures.Choose(http, sessionCulture, options.Value.DefaultCulture));
        await next(http);
    }
}
