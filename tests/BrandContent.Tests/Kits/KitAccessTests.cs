using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Kits;

/// <summary>Who may take a brand kit away: keys that may read the brand's identity and key messages, in their brands; refusals as the other REST endpoints make them.</summary>
public sealed class KitAccessTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string End = "mutation($id: ID!) { endAgreement(id: $id, reason: \"Hết hợp đồng\") { status } }";
    private readonly KitScene scene = new(app);

    [Theory]
    [InlineData(".zip")]
    [InlineData("/tokens.json")]
    public async Task No_key_or_an_unknown_key_is_401_with_a_bearer_challenge(string suffix)
    {
        var (brand, _) = await scene.BrandAsync();

        foreach (var key in new[] { null, "bck_not-a-key-of-this-server-0000000000" })
        {
            var response = await scene.GetAsync($"/kits/{brand.Slug}{suffix}", key);
            Assert.Equal((401, "UNAUTHENTICATED"), await KitScene.ProblemAsync(response));
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Fact]
    public async Task A_key_of_another_brand_is_403_out_of_scope_and_the_refusal_speaks_the_callers_language()
    {
        var (brand, _) = await scene.BrandAsync();
        var (other, _) = await scene.BrandAsync();
        var (_, _, partner) = await scene.Partners.PartnerKeyAsync(other);

        var response = await scene.GetAsync($"/kits/{brand.Slug}.zip", partner, acceptLanguage: "vi");

        Assert.Equal((403, "OUT_OF_SCOPE"), await KitScene.ProblemAsync(response));
        Assert.Contains("Phạm vi", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((403, "OUT_OF_SCOPE"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", partner)));
    }

    [Fact]
    public async Task Roles_without_read_messaging_are_403_forbidden()
    {
        var (brand, _) = await scene.BrandAsync();
        foreach (var role in new[] { "PUBLIC", "SCHEDULER" })
        {
            var key = await Keys.CreateAsync(app, $"{role} key", role);
            Assert.Equal((403, "FORBIDDEN"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}.zip", key)));
        }
    }

    [Theory]
    [InlineData("no-such-brand")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("%3Cscript%3E")]
    [InlineData("a%01b")]
    public async Task An_unknown_or_malformed_brand_is_404(string slug)
    {
        var response = await scene.GetAsync($"/kits/{slug}.zip", BrandContentApp.AdminToken);

        Assert.Equal((404, "BRAND_NOT_FOUND"), await KitScene.ProblemAsync(response));
    }

    [Fact]
    public async Task A_huge_brand_slug_is_404_without_echoing_it_whole()
    {
        var response = await scene.GetAsync($"/kits/{new string('a', 5_000)}.zip", BrandContentApp.AdminToken);

        Assert.Equal((404, "BRAND_NOT_FOUND"), await KitScene.ProblemAsync(response));
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 1_000);
    }

    [Fact]
    public async Task A_brand_without_published_identity_is_404()
    {
        var brand = TestContent.Brand(null, new V("vi", WorkflowStatus.Draft));
        await using (var db = app.OpenDb())
        {
            db.Brands.Add(brand);
            await db.SaveChangesAsync();
        }

        Assert.Equal((404, "BRAND_NOT_FOUND"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}.zip", BrandContentApp.AdminToken)));
    }

    [Fact]
    public async Task A_key_of_an_ended_agreement_is_refused_with_AGREEMENT_ENDED()
    {
        var (brand, _) = await scene.BrandAsync();
        var (_, agreement, key) = await scene.Partners.PartnerKeyAsync(brand);
        await scene.KitAsync(brand.Slug, key);

        (await app.GraphQL().QueryAsync(End, new { id = agreement })).Ok();

        Assert.Equal((401, "AGREEMENT_ENDED"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}.zip", key)));
        Assert.Equal((401, "AGREEMENT_ENDED"), await KitScene.ProblemAsync(await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", key)));
    }
}
