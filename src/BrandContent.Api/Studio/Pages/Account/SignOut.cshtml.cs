using BrandContent.Api.Studio.Sessions;
using BrandContent.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Account;

/// <summary>Ends the session on the server (the old cookie opens nothing any more) and forgets the cookie. POST only.</summary>
[StudioAnonymous]
public sealed class SignOutModel(StudioSessions sessions) : PageModel
{
    /// <summary>Only a form post changes anything; a link or a prefetch lands on the overview.</summary>
    public IActionResult OnGet() => Redirect(StudioRoutes.Overview);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.StudioUser() is { } user)
        {
            await sessions.EndAsync(HttpContext.RequestServices.GetRequiredService<BrandContentDb>(), user.SessionId, cancellationToken);
        }

        StudioSessionCookie.Delete(Response);
        return Redirect(StudioRoutes.SignIn + "?out=true");
    }
}
