using BrandContent.Api.Studio.Sessions;
using BrandContent.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Account;

/// <summary>The language switch: kept in a cookie (before sign-in too) and in the session. POST only.</summary>
[StudioAnonymous]
public sealed class LanguageModel(StudioSessions sessions) : PageModel
{
    public static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    /// <summary>Only a form post changes anything; a link or a prefetch lands on the overview.</summary>
    public IActionResult OnGet() => Redirect(StudioRoutes.Overview);

    public async Task<IActionResult> OnPostAsync([FromForm] string? culture, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (StudioCultures.IsSupported(culture))
        {
            var options = StudioSessionCookie.Options(Request);
            options.MaxAge = Remembered;
            Response.Cookies.Append(StudioCultures.CookieName, culture!, options);
            if (HttpContext.StudioUser() is { } user)
            {
                await sessions.SetCultureAsync(HttpContext.RequestServices.GetRequiredService<BrandContentDb>(), user.SessionId, culture!, cancellationToken);
            }
        }

        return Redirect(StudioRoutes.LocalOrOverview(returnUrl));
    }
}
