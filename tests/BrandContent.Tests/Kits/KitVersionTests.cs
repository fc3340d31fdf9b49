using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Kits;

/// <summary>A kit's version is a hash of its content: the same content keeps its ETag (and 304), any change of a part changes it.</summary>
public sealed class KitVersionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string UpdateBrand = "mutation($id: ID!, $i: BrandInput!) { updateBrand(id: $id, input: $i) { id } }";
    private readonly KitScene scene = new(app);

    [Theory]
    [InlineData(".zip")]
    [InlineData("/tokens.json")]
    public async Task Nothing_changed_is_the_same_strong_etag_and_304_with_private_cache_control(string suffix)
    {
        var (brand, _) = await scene.BrandAsync();
        var first = await scene.GetAsync($"/kits/{brand.Slug}{suffix}", BrandContentApp.AdminToken);
        var again = await scene.GetAsync($"/kits/{brand.Slug}{suffix}", BrandContentApp.AdminToken);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.False(first.Headers.CacheControl.Public);

        var notModified = await scene.GetAsync($"/kits/{brand.Slug}{suffix}", BrandContentApp.AdminToken, ifNoneMatch: first.Headers.ETag.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task A_color_change_changes_the_kit_and_tokens_versions()
    {
        var (brand, logo) = await scene.BrandAsync();
        var kit = (await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken)).Headers.ETag!.ToString();
        var tokens = (await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", BrandContentApp.AdminToken)).Headers.ETag!.ToString();

        (await app.GraphQL().QueryAsync(UpdateBrand, new
        {
            id = brand.Id,
            i = new
            {
                slug = brand.Slug,
                level = "PROVINCE",
                sourceLocale = "vi",
                colors = new[] { new { name = "Đỏ cờ", hex = "#C8102E", role = "PRIMARY" }, new { name = "Vàng sao", hex = "#FFCD00", role = "SECONDARY" } },
                typography = brand.Typography.Select(f => new { role = f.Role, family = f.Family, fallback = f.Fallback }),
                logos = new[] { new { variant = "PRIMARY", assetId = logo.Id } },
            },
        })).Ok();

        var changedKit = await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken, ifNoneMatch: kit);
        Assert.Equal(HttpStatusCode.OK, changedKit.StatusCode);
        Assert.NotEqual(kit, changedKit.Headers.ETag!.ToString());
        var changedTokens = await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", BrandContentApp.AdminToken, ifNoneMatch: tokens);
        Assert.Equal(HttpStatusCode.OK, changedTokens.StatusCode);
        Assert.Contains("#c8102e", await changedTokens.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_key_message_published_changes_the_kit_version_but_not_the_tokens_version()
    {
        var (brand, _) = await scene.BrandAsync();
        var kit = (await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken)).Headers.ETag!.ToString();
        var tokens = (await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", BrandContentApp.AdminToken)).Headers.ETag!.ToString();

        var created = (await app.GraphQL().QueryAsync("mutation($b: String!) { createKeyMessage(brand: $b, input: { priority: 1 }) { id } }", new { b = brand.Slug })).Ok();
        var id = created.GetProperty("createKeyMessage").GetProperty("id").GetGuid();
        var editing = new Fixtures.Editing(app.GraphQL());
        await editing.UpsertOkAsync("KEY_MESSAGE", id, "vi", null, new { headline = "Thông điệp mới" });
        // Not yet published: what partners get is unchanged.
        Assert.Equal(kit, (await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken)).Headers.ETag!.ToString());
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "KEY_MESSAGE", id, "vi", 1)).Ok();
        }

        var (files, response) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);
        Assert.NotEqual(kit, response.Headers.ETag!.ToString());
        Assert.Contains("Thông điệp mới", KitScene.Headlines(files["messages/vi.json"]));
        Assert.Equal(tokens, (await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", BrandContentApp.AdminToken)).Headers.ETag!.ToString());
    }

    [Fact]
    public async Task The_same_content_has_the_same_version_on_another_server_and_after_the_cache_is_gone()
    {
        var (brand, _) = await scene.BrandAsync();
        var here = (await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken)).Headers.ETag!.ToString();

        await using var twin = app.Twin();
        await twin.InitializeAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/kits/{brand.Slug}.zip");
        request.Headers.Authorization = new("Bearer", BrandContentApp.AdminToken);
        var there = await twin.CreateClient().SendAsync(request);

        Assert.Equal(here, there.Headers.ETag!.ToString());
    }
}
