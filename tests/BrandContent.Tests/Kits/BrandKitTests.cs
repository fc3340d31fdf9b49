using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Kits;

/// <summary>GET /kits/{brand}.zip opened as a designer's tool opens it: every file there, in every locale, for the right audience.</summary>
public sealed class BrandKitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly KitScene scene = new(app);

    [Fact]
    public async Task The_zip_holds_the_manifest_and_every_file_it_lists_in_each_published_locale()
    {
        var (brand, logo) = await scene.BrandAsync();
        var (files, response) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{brand.Slug}-brand-kit.zip", response.Content.Headers.ContentDisposition?.ToString());
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var root = manifest.RootElement;
        Assert.Equal(brand.Slug, root.GetProperty("brand").GetProperty("slug").GetString());
        Assert.Equal("Brand en", root.GetProperty("brand").GetProperty("name").GetProperty("en").GetString());
        Assert.Equal("Brand vi", root.GetProperty("brand").GetProperty("name").GetProperty("vi").GetString());
        Assert.Equal($"\"{root.GetProperty("version").GetString()}\"", response.Headers.ETag?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(root.GetProperty("generatedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(["vi", "en"], root.GetProperty("locales").EnumerateArray().Select(l => l.GetProperty("locale").GetString()!));
        string[] listed = [.. root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!)];
        Assert.Equal(
            ["tokens.json", "tokens.css", "brand/vi.md", "brand/en.md", "logos.json", "messages/vi.json", "messages/en.json"],
            listed);
        Assert.Equal(listed.Prepend("manifest.json").Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            Assert.Equal(file.GetProperty("bytes").GetInt32(), System.Text.Encoding.UTF8.GetByteCount(files[file.GetProperty("path").GetString()!]));
        }

        Assert.Contains("# Brand en (en)", files["brand/en.md"]);
        Assert.Contains("Ấm áp, tự hào (en)", files["brand/en.md"]);
        Assert.Contains("- Dùng logo trên nền sáng (vi)", files["brand/vi.md"]);
        Assert.Contains("- Không kéo giãn logo (en)", files["brand/en.md"]);
        Assert.DoesNotContain("fallback", files["brand/en.md"]);

        using var logos = JsonDocument.Parse(files["logos.json"]);
        var primary = Assert.Single(logos.RootElement.EnumerateArray());
        Assert.Equal("PRIMARY", primary.GetProperty("variant").GetString());
        Assert.Equal(logo.Id, primary.GetProperty("assetId").GetGuid());
        Assert.Equal(logo.Url, primary.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, primary.GetProperty("renditionUrl").ValueKind);
        Assert.Equal("CC BY 4.0", primary.GetProperty("license").GetString());
        Assert.Equal("Cục Du lịch", primary.GetProperty("credit").GetString());
        Assert.Equal(["Ảnh", "Photo"], primary.GetProperty("texts").EnumerateArray().Select(t => t.GetProperty("title").GetString()!));
    }

    [Fact]
    public async Task Messages_fall_back_to_the_source_locale_and_say_so()
    {
        var (brand, _) = await scene.BrandAsync();
        var (files, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);

        using var english = JsonDocument.Parse(files["messages/en.json"]);
        var messages = english.RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(4, messages.Count);
        var translated = Assert.Single(messages, m => !m.GetProperty("isFallback").GetBoolean());
        Assert.Equal($"{KitScene.InvestorsJp} (en)", translated.GetProperty("headline").GetString());
        Assert.All(messages.Where(m => m.GetProperty("isFallback").GetBoolean()), m => Assert.Equal("vi", m.GetProperty("locale").GetString()));
        Assert.Equal(["en", "vi"], english.RootElement.GetProperty("chain").EnumerateArray().Select(l => l.GetString()!));
    }

    [Fact]
    public async Task A_partner_key_gets_only_the_messages_its_agreements_markets_and_audiences_reach()
    {
        var (brand, _) = await scene.BrandAsync();
        var (_, _, investors) = await scene.Partners.PartnerKeyAsync(brand, audiences: ["INVESTORS"]);
        var (_, _, tourists) = await scene.Partners.PartnerKeyAsync(brand, audiences: ["TOURISTS"]);

        var (forInvestors, _) = await scene.KitAsync(brand.Slug, investors);
        Assert.Equal(Sorted(KitScene.InvestorsJp, KitScene.ForEveryone), KitScene.Headlines(forInvestors["messages/vi.json"]));
        using (var manifest = JsonDocument.Parse(forInvestors["manifest.json"]))
        {
            var recipient = manifest.RootElement.GetProperty("messagesFor");
            Assert.Equal(["JP"], recipient.GetProperty("markets").EnumerateArray().Select(m => m.GetString()!));
            Assert.Equal(["INVESTORS"], recipient.GetProperty("audiences").EnumerateArray().Select(m => m.GetString()!));
        }

        // Same role, brands and markets, another agreement: never the investors' cached kit.
        var (forTourists, _) = await scene.KitAsync(brand.Slug, tourists);
        Assert.Equal(Sorted(KitScene.ForTourists, KitScene.ForEveryone), KitScene.Headlines(forTourists["messages/vi.json"]));

        var (forAdmin, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);
        Assert.Equal(
            Sorted(KitScene.InvestorsJp, KitScene.ForTourists, KitScene.ForEveryone, KitScene.ForKorea),
            KitScene.Headlines(forAdmin["messages/vi.json"]));
    }

    [Fact]
    public async Task A_partner_in_japan_gets_its_messages_in_japanese_through_japans_chain_though_the_identity_has_no_japanese()
    {
        var (brand, _) = await scene.BrandAsync();
        var (_, _, investors) = await scene.Partners.PartnerKeyAsync(brand, audiences: ["INVESTORS"]);

        var (files, _) = await scene.KitAsync(brand.Slug, investors);

        // Japan's chain is ja, en: the investors' message has English and is served in it, the other only in Vietnamese.
        using var japanese = JsonDocument.Parse(files["messages/ja.json"]);
        Assert.Equal(["ja", "en", "vi"], japanese.RootElement.GetProperty("chain").EnumerateArray().Select(l => l.GetString()!));
        var served = japanese.RootElement.GetProperty("messages").EnumerateArray()
            .ToDictionary(m => m.GetProperty("headline").GetString()!, m => m.GetProperty("locale").GetString());
        Assert.Equal("en", served[$"{KitScene.InvestorsJp} (en)"]);
        Assert.Equal("vi", served[KitScene.ForEveryone]);
        Assert.Equal(2, served.Count);
        Assert.Contains("No published identity text in `ja`", files["brand/ja.md"]);
    }

    [Fact]
    public async Task An_editor_key_of_one_market_gets_that_markets_messages_and_messages_for_every_market()
    {
        var (brand, _) = await scene.BrandAsync();
        var korea = await Keys.CreateAsync(app, "Korea desk", "EDITOR", [brand.Slug], ["KR"]);

        var (files, _) = await scene.KitAsync(brand.Slug, korea);

        Assert.Equal(Sorted(KitScene.ForTourists, KitScene.ForEveryone, KitScene.ForKorea), KitScene.Headlines(files["messages/vi.json"]));
    }

    [Fact]
    public async Task Locale_narrows_the_kit_to_one_locale_served_through_its_chain()
    {
        var (brand, _) = await scene.BrandAsync();

        var (english, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken, "?locale=EN");
        Assert.Equal(["brand/en.md", "logos.json", "manifest.json", "messages/en.json", "tokens.css", "tokens.json"], english.Keys.Order(StringComparer.Ordinal));

        // Japanese is registered but the brand has no Japanese text: served in its source locale, and said to be a fallback.
        var (japanese, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken, "?locale=ja");
        Assert.Contains("No published identity text in `ja`: this is the `vi` text (fallback).", japanese["brand/ja.md"]);
        using var manifest = JsonDocument.Parse(japanese["manifest.json"]);
        var locale = Assert.Single(manifest.RootElement.GetProperty("locales").EnumerateArray());
        Assert.True(locale.GetProperty("isFallback").GetBoolean());
        Assert.Equal("vi", locale.GetProperty("identityLocale").GetString());
    }

    [Theory]
    [InlineData("?locale=not%20a%20tag", 400, "INVALID_LOCALE")]
    [InlineData("?locale=%3Cscript%3E", 400, "INVALID_LOCALE")]
    [InlineData("?locale=tlh", 400, "LOCALE_NOT_FOUND")]
    [InlineData("?locale=", 400, "INVALID_LOCALE")]
    public async Task A_bad_locale_is_refused_with_a_problem_and_its_code(string query, int status, string code)
    {
        var (brand, _) = await scene.BrandAsync();

        var response = await scene.GetAsync($"/kits/{brand.Slug}.zip{query}", BrandContentApp.AdminToken);

        Assert.Equal((status, code), await KitScene.ProblemAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_key_limited_to_other_locales_is_refused_the_locale_and_gets_only_its_own()
    {
        var (brand, _) = await scene.BrandAsync();
        var english = await Keys.CreateAsync(app, "English desk", "EDITOR", [brand.Slug], locales: ["en"]);

        Assert.Equal((403, "OUT_OF_SCOPE"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}.zip?locale=vi", english)));
        var (files, _) = await scene.KitAsync(brand.Slug, english);
        Assert.DoesNotContain("brand/vi.md", files.Keys);
        Assert.Contains("brand/en.md", files.Keys);
    }

    [Fact]
    public async Task A_logo_whose_rights_expired_is_left_out()
    {
        var (brand, logo) = await scene.BrandAsync();
        await using (var db = app.OpenDb())
        {
            db.Attach(logo);
            logo.RightsExpireAt = DateTimeOffset.UtcNow.AddDays(-1);
            await db.SaveChangesAsync();
        }

        var (files, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken, "?locale=vi");

        Assert.Equal("[]", files["logos.json"].Trim());
    }

    private static string[] Sorted(params string[] headlines) => [.. headlines.Order(StringComparer.Ordinal)];
}
