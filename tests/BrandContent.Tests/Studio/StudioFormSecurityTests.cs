using System.Net;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Studio;

/// <summary>What the studio's forms and answers do against hostile input: anti-forgery, sign-in input, headers.</summary>
public sealed class StudioFormSecurityTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string StudioPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    [Fact]
    public async Task A_post_without_an_anti_forgery_token_or_with_a_forged_one_is_refused_and_changes_nothing()
    {
        var key = await Keys.CreateAsync(app, "anti forgery", "EDITOR");
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(key);
        var other = StudioHttp.Of(app);
        var othersToken = await other.TokenAsync();

        var without = await studio.PostFormAsync("/studio/language", [new("culture", "vi"), new("returnUrl", "/studio/")], token: "");
        var forged = await studio.PostFormAsync("/studio/language", [new("culture", "vi"), new("returnUrl", "/studio/")], token: othersToken);
        var garbage = await studio.PostFormAsync("/studio/signout", [], token: "CfDJ8-not-a-token");

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("The form was not accepted", await forged.Content.ReadAsStringAsync());
        Assert.Null(StudioHttp.SetCookie(without, "bc_studio_lang"));
        Assert.Null(StudioHttp.SetCookie(forged, "bc_studio_lang"));
        // Still signed in, still in English (the session's language did not change), the session row untouched.
        var page = await studio.GetAsync("/studio/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"en\">", await page.Content.ReadAsStringAsync());
        await using var db = app.OpenDb();
        Assert.Null(await db.StudioSessions.Where(s => s.ApiKey!.Name == "anti forgery").Select(s => s.Culture).SingleAsync());
    }

    [Fact]
    public async Task A_sign_in_without_an_anti_forgery_token_is_refused_even_with_a_valid_key()
    {
        var key = await Keys.CreateAsync(app, "sign in forged", "EDITOR");

        var refused = await StudioHttp.Of(app).PostFormAsync("/studio/signin", [new("key", key)], token: "");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(StudioHttp.SetCookie(refused, "bc_studio"));
    }

    public static TheoryData<string, string> HostileKeys => new()
    {
        { "", "Enter your API key." },
        { "   ", "Enter your API key." },
        { "not-a-key", "This key is not valid: it is unknown, revoked or expired." },
        { "bck_" + new string('A', 43), "This key is not valid: it is unknown, revoked or expired." },
        { new string('k', 100_000), "This is longer than any API key (512 characters at most)." },
        { "bck_abc\u0001def0123456789012345678901234567890", "An API key has no control characters (line breaks, tabs…); paste it again." },
        { "bck_abc\r\ndef0123456789012345678901234567890", "An API key has no control characters (line breaks, tabs…); paste it again." },
        { "<script>alert(1)</script>bck_0123456789012345678901234567", "This key is not valid: it is unknown, revoked or expired." },
    };

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public async Task Sign_in_with_a_wrong_malformed_huge_or_control_character_key_gets_a_message_next_to_the_field(string key, string message)
    {
        var response = await StudioHttp.Of(app).SignInAsync(key);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(StudioHttp.SetCookie(response, "bc_studio"));
        Assert.Contains($"<ul class=\"field-problems\" id=\"problems-key\">", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), page);
        Assert.Contains("aria-describedby=\"key-hint problems-key\"", page);
        // What was typed is never sent back (a key in a page is a key in a cache), markup least of all.
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.DoesNotContain("value=\"bck_", page);
    }

    [Fact]
    public async Task A_form_the_server_cannot_read_such_as_one_holding_a_NUL_gets_a_page_that_says_so_and_no_session()
    {
        var key = await Keys.CreateAsync(app, "nul in form", "EDITOR");

        var response = await StudioHttp.Of(app).SignInAsync(key + "\u0000");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(StudioHttp.SetCookie(response, "bc_studio"));
        Assert.Contains("<h1>The form was not accepted</h1>", page);
        Assert.Contains("Nothing was changed", page);
    }

    [Fact]
    public async Task Sign_in_messages_are_in_Vietnamese_for_a_Vietnamese_browser()
    {
        var response = await StudioHttp.Of(app, "vi").SignInAsync("not-a-key");

        Assert.Contains("Khóa này không hợp lệ: không tồn tại, đã bị thu hồi hoặc đã hết hạn.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Studio_pages_send_the_studio_policy_and_the_API_security_headers_and_are_never_cached()
    {
        var key = await Keys.CreateAsync(app, "headers", "ADMIN");
        var studio = StudioHttp.Of(app);
        var signIn = await studio.GetAsync("/studio/signin");
        await studio.SignedInAsync(key);
        var responses = new[] { signIn, await studio.GetAsync("/studio/"), await studio.GetAsync("/studio/assets"), await studio.GetAsync("/studio/brands/no-such-brand") };

        foreach (var response in responses)
        {
            var what = $"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode})";
            Assert.Equal(StudioPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.True(response.Headers.CacheControl?.NoStore, what);
        }

        // The API keeps its own policy (GraphiQL's) everywhere else.
        var api = await app.CreateClient().GetAsync("/graphiql/");
        Assert.NotEqual(StudioPolicy, api.Headers.GetValues("Content-Security-Policy").Single());
        // Pages carry no inline script or style for the policy to refuse.
        var overview = await (await studio.GetAsync("/studio/")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("style=", overview);
        Assert.DoesNotContain("<script>", overview);
        Assert.DoesNotContain("<style", overview);
    }

    [Fact]
    public async Task Sign_out_and_language_are_posts_only_a_link_to_them_changes_nothing()
    {
        var key = await Keys.CreateAsync(app, "get sign out", "EDITOR");
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(key);

        var signOut = await studio.GetAsync("/studio/signout");
        var language = await studio.GetAsync("/studio/language?culture=vi");

        Assert.Equal("/studio/", signOut.Headers.Location!.OriginalString);
        Assert.Null(StudioHttp.SetCookie(language, "bc_studio_lang"));
        Assert.Equal(HttpStatusCode.OK, (await studio.GetAsync("/studio/")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_keeps_the_choice_in_the_session_and_a_cookie_and_ignores_unknown_languages()
    {
        var key = await Keys.CreateAsync(app, "language", "EDITOR");
        var studio = StudioHttp.Of(app, "en");
        await studio.SignedInAsync(key);

        var unknown = await studio.PostFormAsync("/studio/language", [new("culture", "xx<script>"), new("returnUrl", "/studio/assets")], tokenFrom: "/studio/");
        Assert.Equal("/studio/assets", unknown.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\">", await (await studio.GetAsync("/studio/")).Content.ReadAsStringAsync());

        var vietnamese = await studio.PostFormAsync("/studio/language", [new("culture", "vi"), new("returnUrl", "https://evil.example/")], tokenFrom: "/studio/");

        Assert.Equal("/studio/", vietnamese.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"vi\">", await (await studio.GetAsync("/studio/")).Content.ReadAsStringAsync());
        await using var db = app.OpenDb();
        Assert.Equal("vi", await db.StudioSessions.Where(s => s.ApiKey!.Name == "language").Select(s => s.Culture).SingleAsync());
    }
}
