using System.Net;
using System.Reflection;
using BrandContent.Access;
using BrandContent.Api.Studio;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Studio;

/// <summary>Every role may sign in and read what its role reads; pages that write are closed to roles that cannot write.</summary>
public sealed class StudioRoleTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    /// <summary>Values for the route parameters of studio pages (contract: brand, kind, id, locale).</summary>
    private static readonly Dictionary<string, string> RouteValues = new()
    {
        ["brand"] = "gia-lai",
        ["kind"] = "story",
        ["id"] = "0194d1a0-0000-7000-8000-000000000001",
        ["locale"] = "ko",
    };

    /// <summary>Every studio page with the permission its model declares (none: any signed-in role).</summary>
    private async Task<List<(string Route, Permission? Required)>> StudioPagesAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string, Permission?)>();
        foreach (var page in app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var template = compiled.AttributeRouteInfo?.Template ?? "";
            if (!template.StartsWith("studio", StringComparison.Ordinal) || compiled.ModelTypeInfo?.GetCustomAttribute<StudioAnonymousAttribute>() is not null)
            {
                continue;
            }

            var route = "/" + string.Join('/', template.Split('/').Select(s => s.StartsWith('{') ? RouteValues[s.Trim('{', '}', '?').Split(':')[0]] : s));
            pages.Add((route, compiled.ModelTypeInfo?.GetCustomAttribute<StudioRequiresAttribute>()?.Permission));
        }

        return pages;
    }

    [Fact]
    public async Task A_partner_signs_in_and_reads_the_overview_and_assets_without_any_work_in_progress()
    {
        var key = await Keys.CreateAsync(app, "studio partner", "PARTNER");
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(key);

        var overview = await studio.GetAsync("/studio/");
        var assets = await studio.GetAsync("/studio/assets");
        var overviewPage = await overview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assets.StatusCode);
        Assert.Contains("role sees published content only: translation work is not shown.", overviewPage);
        Assert.Contains("Signed in as studio partner (partner)", overviewPage);
        // The navigation offers no screen the role cannot use.
        foreach (var closed in new[] { "href=\"/studio/queue\"", "href=\"/studio/review\"", "href=\"/studio/xliff\"" })
        {
            Assert.DoesNotContain(closed, overviewPage);
        }

        Assert.Contains("href=\"/studio/assets\"", overviewPage);
        Assert.DoesNotContain("class=\"problems\"", await assets.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_page_that_writes_opens_for_a_partner_or_public_key_they_get_the_403_page()
    {
        var studio = new Dictionary<string, StudioHttp>();
        foreach (var role in new[] { "PARTNER", "PUBLIC", "EDITOR" })
        {
            studio[role] = StudioHttp.Of(app);
            await studio[role].SignedInAsync(await Keys.CreateAsync(app, $"pages {role}", role));
        }

        var pages = await StudioPagesAsync();
        Assert.Contains(pages, p => p.Route == "/studio" && p.Required is null);
        Assert.Contains(pages, p => p.Route == "/studio/assets" && p.Required is null);
        foreach (var (route, required) in pages)
        {
            foreach (var role in new[] { Role.Partner, Role.Public })
            {
                var response = await studio[role.ToString().ToUpperInvariant()].GetAsync(route);
                if (required is { } permission && !role.Has(permission))
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} on {route}: {(int)response.StatusCode}");
                    Assert.Contains("Not for your role", await response.Content.ReadAsStringAsync());
                }
                else
                {
                    Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
                }
            }
        }

        // Signed out, every page leads to sign-in first, coming back after.
        foreach (var (route, _) in pages)
        {
            var anonymous = await StudioHttp.Of(app).GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/studio/signin?returnUrl=", anonymous.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_scheduler_and_a_public_key_may_sign_in_and_are_named_with_their_role()
    {
        foreach (var (role, shown) in new[] { ("SCHEDULER", "scheduler"), ("PUBLIC", "public") })
        {
            var studio = StudioHttp.Of(app);
            await studio.SignedInAsync(await Keys.CreateAsync(app, $"named {role}", role));

            var page = await (await studio.GetAsync("/studio/")).Content.ReadAsStringAsync();

            Assert.Contains($"Signed in as named {role} ({shown})", page);
        }
    }
}
