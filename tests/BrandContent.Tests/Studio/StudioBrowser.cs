using System.Collections.Concurrent;
using System.Net;
using BrandContent.Tests.Fixtures;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio;

/// <summary>The studio's browser tests share one server and one browser (starting Chromium costs seconds).</summary>
[CollectionDefinition(Collection)]
public sealed class StudioBrowserCollection : ICollectionFixture<StudioBrowser>
{
    public const string Collection = "studio browser";
}

/// <summary>
/// One real Kestrel-hosted app on a free loopback port (its own database with the demo content, like every fixture)
/// and one Chromium, the Debian package's (Playwright cannot download browsers here), driven by Playwright.
/// Each page gets a context of its own, so cookies (sessions) never leak from one test to another.
/// </summary>
public sealed class StudioBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly ConcurrentBag<IBrowserContext> contexts = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> roleKeys = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrandContentApp App { get; } = new();

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where screenshots go: <c>&lt;test output&gt;/studio-screenshots</c>.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "studio-screenshots");

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        App.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseAddress = App.CreateClient().BaseAddress!;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (its own cookies) whose browser asks for <paramref name="acceptLanguage"/>.</summary>
    public async Task<IPage> NewPageAsync(string acceptLanguage = "vi")
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = acceptLanguage,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    /// <summary>Signs in through the form, as a person would, and waits for the page it leads to.</summary>
    public async Task SignInAsync(IPage page, string key, string returnUrl = "/studio/")
    {
        await page.GotoAsync($"/studio/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("#key").FillAsync(key);
        await page.Locator("form button[type=submit].primary").ClickAsync();
        // Longer than a page's default: the first sign-in of a fixture also warms the server up, and on two busy cores
        // (a build beside the suite) that took more than 15 s once.
        await page.WaitForURLAsync(
            url => !new Uri(url).AbsolutePath.StartsWith("/studio/signin", StringComparison.Ordinal), new() { Timeout = 45_000 });
    }

    /// <summary>A key of this role (PUBLIC, PARTNER, TRANSLATOR, EDITOR, REVIEWER, ADMIN, SCHEDULER), made once per fixture.</summary>
    public Task<string> KeyAsync(string role) =>
        roleKeys.GetOrAdd(role, r => new Lazy<Task<string>>(() => Keys.CreateAsync(App, $"studio {r.ToLowerInvariant()}", r))).Value;

    /// <summary>A new key of its own (to revoke, to scope, to let expire).</summary>
    public Task<string> NewKeyAsync(string name, string role, string[]? brands = null, string[]? markets = null, string[]? locales = null, DateTimeOffset? expiresAt = null) =>
        Keys.CreateAsync(App, name, role, brands, markets, locales, expiresAt);

    /// <summary>axe-core on the page as it is now: no serious or critical violation (the message lists each with its nodes).</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", blocking.Select(Describe)));
    }

    /// <summary>Writes <c>&lt;test output&gt;/studio-screenshots/&lt;name&gt;.png</c> (the whole page) and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help} — "
        + string.Join("; ", violation.Nodes.Select(n => $"{n.Target} {n.Html}"));
}
