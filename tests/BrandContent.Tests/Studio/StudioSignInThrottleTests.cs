using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Studio;

/// <summary>Guessing keys at the sign-in form is slowed down per client address.</summary>
public sealed class StudioSignInThrottleTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task After_too_many_wrong_keys_even_the_right_key_is_refused_for_a_minute_with_a_message()
    {
        var key = await Keys.CreateAsync(app, "throttled", "EDITOR");
        await using var server = app.With(("BrandContent:Studio:SignInFailuresPerMinute", "3"));
        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            guesses.Add((await StudioHttp.Of(server).SignInAsync($"bck_guess-{i}-0123456789012345678901234567890")).StatusCode);
        }

        var blocked = await StudioHttp.Of(server).SignInAsync(key);

        Assert.All(guesses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("60", blocked.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Too many sign-in attempts. Try again in 60 seconds.", await blocked.Content.ReadAsStringAsync());
        Assert.Null(StudioHttp.SetCookie(blocked, "bc_studio"));
        // Malformed input never reaches the key table, so it neither counts nor needs the budget: it gets its own message.
        Assert.Equal(HttpStatusCode.BadRequest, (await StudioHttp.Of(server).SignInAsync("")).StatusCode);
        // Another server (its own window) lets the right key in.
        Assert.Equal(HttpStatusCode.Redirect, (await StudioHttp.Of(app).SignInAsync(key)).StatusCode);
    }
}
