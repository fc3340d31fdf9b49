using BrandContent.Api.Studio.Sessions;
using BrandContent.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Account;

/// <summary>Sign-in with an API key: a new server-side session, its id (never the key) in the cookie.</summary>
[StudioAnonymous]
public sealed class SignInModel(StudioSessions sessions, StudioText text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "out")]
    public bool SignedOut { get; set; }

    /// <summary>Why the key was refused, in the page's language.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet() =>
        HttpContext.StudioUser() is not null ? Redirect(StudioRoutes.LocalOrOverview(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "key")] string? key, CancellationToken cancellationToken)
    {
        // The sign-in form's own database work: starting a session is not an API operation (there is no caller yet).
        var db = HttpContext.RequestServices.GetRequiredService<BrandContentDb>();
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var (outcome, sessionToken) = await sessions.StartAsync(db, key, Request.Cookies[StudioCultures.CookieName] is not null ? culture : null, cancellationToken);
        if (outcome == SignInOutcome.SignedIn)
        {
            StudioSessionCookie.Write(Response, sessionToken!);
            return Redirect(StudioRoutes.LocalOrOverview(ReturnUrl));
        }

        Problem = outcome switch
        {
            SignInOutcome.KeyRequired => text["SignIn.KeyRequired"],
            SignInOutcome.KeyTooLong => text["SignIn.KeyTooLong", StudioSessions.MaxKeyLength],
            SignInOutcome.KeyHasControlCharacters => text["SignIn.KeyHasControlCharacters"],
            SignInOutcome.KeyNotValid => text["SignIn.KeyNotValid"],
            SignInOutcome.TooManyAttempts => text["SignIn.TooManyAttempts", 60],
            SignInOutcome.SignedIn => throw new InvalidOperationException("Handled above."),
            _ => throw new ArgumentOutOfRangeException(nameof(key), outcome, "A sign-in outcome without a message."),
        };
        Response.StatusCode = outcome == SignInOutcome.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
        return Page();
    }
}
