using System.Net;
using BrandContent.Studio;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Studio;

/// <summary>Studio sessions: what the cookie holds and how it is set, and every way a session ends on the server.</summary>
public sealed class StudioSessionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string SignInPath = "/studio/signin";

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith(SignInPath, StringComparison.Ordinal);

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_SameSite_Strict_scoped_to_the_studio_and_holds_a_session_id_not_the_key()
    {
        var key = await Keys.CreateAsync(app, "cookie flags", "EDITOR");
        var studio = StudioHttp.Of(app);

        var signedIn = await studio.SignInAsync(key);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = StudioHttp.SetCookie(signedIn, "bc_studio");
        Assert.NotNull(cookie);
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/studio", attributes);
        // Over plain HTTP a Secure cookie would never come back; over HTTPS it is Secure (the next test).
        Assert.DoesNotContain("secure", attributes);

        var value = cookie.Split(';')[0]["bc_studio=".Length..];
        Assert.DoesNotContain(key, value);
        Assert.DoesNotContain(key[4..16], value);
        // The table keeps only the id's hash: the cookie's value is nowhere in it either.
        await using var db = app.OpenDb();
        var hash = StudioSession.HashOf(value);
        Assert.True(await db.StudioSessions.AnyAsync(s => s.TokenHash == hash));
        Assert.Equal(HttpStatusCode.OK, (await studio.GetAsync("/studio/")).StatusCode);
    }

    [Fact]
    public async Task Over_HTTPS_the_session_and_anti_forgery_cookies_are_Secure()
    {
        var key = await Keys.CreateAsync(app, "cookie https", "EDITOR");
        var studio = StudioHttp.Of(app, https: true);

        var page = await studio.GetAsync(SignInPath);
        var signedIn = await studio.PostFormAsync(SignInPath, [new("key", key)], StudioHttp.TokenOf(await page.Content.ReadAsStringAsync()));

        Assert.Contains("secure", StudioHttp.SetCookie(signedIn, "bc_studio")!.ToLowerInvariant().Split(';', StringSplitOptions.TrimEntries));
        Assert.Contains("secure", StudioHttp.SetCookie(page, "bc_studio_af")!.ToLowerInvariant().Split(';', StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_old_cookie_opens_nothing()
    {
        var key = await Keys.CreateAsync(app, "sign out", "TRANSLATOR");
        var studio = StudioHttp.Of(app);
        var signedIn = await studio.SignInAsync(key);
        var cookie = StudioHttp.SetCookie(signedIn, "bc_studio")!.Split(';')[0];

        var signedOut = await studio.PostFormAsync("/studio/signout", [], tokenFrom: "/studio/");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("bc_studio=;", StudioHttp.SetCookie(signedOut, "bc_studio"));
        Assert.True(SentToSignIn(await studio.GetAsync("/studio/")));
        // Someone who kept the cookie (another tab, a copied jar) is not signed in either.
        var copy = StudioHttp.Of(app, cookies: false);
        var replay = new HttpRequestMessage(HttpMethod.Get, "/studio/");
        replay.Headers.Add("Cookie", cookie);
        Assert.True(SentToSignIn(await copy.Http.SendAsync(replay)));
        await using var db = app.OpenDb();
        var hash = StudioSession.HashOf(cookie["bc_studio=".Length..]);
        Assert.False(await db.StudioSessions.AnyAsync(s => s.TokenHash == hash));
    }

    [Fact]
    public async Task Revoking_a_key_ends_its_sessions_at_once_on_this_server_and_on_a_second_one()
    {
        var key = await Keys.CreateAsync(app, "revoked in session", "REVIEWER");
        var studio = StudioHttp.Of(app);
        var cookie = StudioHttp.SetCookie(await studio.SignInAsync(key), "bc_studio")!.Split(';')[0];
        await using var twin = app.Twin();
        var onTwin = StudioHttp.Of(twin, cookies: false);
        HttpRequestMessage WithCookie()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/studio/");
            request.Headers.Add("Cookie", cookie);
            return request;
        }

        // Both servers know the session (it lives in the database), and both have seen the key recently.
        Assert.Equal(HttpStatusCode.OK, (await studio.GetAsync("/studio/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onTwin.Http.SendAsync(WithCookie())).StatusCode);

        await StudioKeys.RevokeAsync(app, "revoked in session");

        // No waiting for a cache: the session's statement reads the key's revocation itself.
        Assert.True(SentToSignIn(await onTwin.Http.SendAsync(WithCookie())));
        Assert.True(SentToSignIn(await studio.GetAsync("/studio/")));
        await using var db = app.OpenDb();
        Assert.False(await db.StudioSessions.AnyAsync(s => s.ApiKey!.Name == "revoked in session"));
    }

    [Fact]
    public async Task A_key_that_expires_ends_its_session_and_an_expired_key_cannot_sign_in()
    {
        var key = await Keys.CreateAsync(app, "expiring in session", "EDITOR", expiresAt: DateTimeOffset.UtcNow.AddDays(1));
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(key);
        Assert.Equal(HttpStatusCode.OK, (await studio.GetAsync("/studio/")).StatusCode);

        await using (var db = app.OpenDb())
        {
            await db.ApiKeys.Where(k => k.Name == "expiring in session").ExecuteUpdateAsync(k => k.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        Assert.True(SentToSignIn(await studio.GetAsync("/studio/")));
        var again = await StudioHttp.Of(app).SignInAsync(key);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("This key is not valid: it is unknown, revoked or expired.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_idle_past_its_lifetime_ends_and_its_row_is_deleted()
    {
        var key = await Keys.CreateAsync(app, "idle session", "EDITOR");
        var studio = StudioHttp.Of(app);
        var cookie = StudioHttp.SetCookie(await studio.SignInAsync(key), "bc_studio")!.Split(';')[0];
        var hash = StudioSession.HashOf(cookie["bc_studio=".Length..]);
        await using var db = app.OpenDb();
        await db.StudioSessions.Where(s => s.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, DateTimeOffset.UtcNow.AddHours(-3)));

        Assert.True(SentToSignIn(await studio.GetAsync("/studio/")));
        Assert.False(await db.StudioSessions.AnyAsync(s => s.TokenHash == hash));
    }

    [Fact]
    public async Task A_forged_or_unknown_session_cookie_is_treated_as_signed_out_and_cleared()
    {
        foreach (var forged in new[] { "bc_studio=not-a-session", "bc_studio=" + new string('x', 5000), "bc_studio=%00%01<script>" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/studio/assets");
            request.Headers.Add("Cookie", forged);
            var response = await StudioHttp.Of(app, cookies: false).Http.SendAsync(request);

            Assert.True(SentToSignIn(response), forged[..Math.Min(40, forged.Length)]);
            Assert.Equal("/studio/signin?returnUrl=%2Fstudio%2Fassets", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task After_sign_in_the_user_lands_where_they_were_going_but_never_on_another_site()
    {
        var key = await Keys.CreateAsync(app, "return url", "EDITOR");

        var inside = await StudioHttp.Of(app).SignInAsync(key, "/studio/assets?kind=IMAGE");
        var outside = await StudioHttp.Of(app).SignInAsync(key, "https://evil.example/studio/");
        var protocolRelative = await StudioHttp.Of(app).SignInAsync(key, "//evil.example/studio/");
        var backslash = await StudioHttp.Of(app).SignInAsync(key, "/studio/\\evil.example");

        Assert.Equal("/studio/assets?kind=IMAGE", inside.Headers.Location!.OriginalString);
        Assert.Equal("/studio/", outside.Headers.Location!.OriginalString);
        Assert.Equal("/studio/", protocolRelative.Headers.Location!.OriginalString);
        Assert.Equal("/studio/", backslash.Headers.Location!.OriginalString);
    }
}
