using System.Net;
using BrandContent.Partners;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Kits;

/// <summary>Kit and tokens downloads of partner keys are counted as partner activity (KIT, TOKENS) with the version served.</summary>
public sealed class KitActivityTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly KitScene scene = new(app);

    [Fact]
    public async Task A_partners_kit_and_tokens_downloads_are_counted_with_the_version_served_and_a_304_counts_too()
    {
        var (brand, _) = await scene.BrandAsync();
        var (partner, agreement, key) = await scene.Partners.PartnerKeyAsync(brand);

        var kit = (await scene.KitAsync(brand.Slug, key)).Response.Headers.ETag!.Tag;
        var again = await scene.GetAsync($"/kits/{brand.Slug}.zip", key, ifNoneMatch: kit);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        var tokens = (await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", key)).Headers.ETag!.Tag;
        await app.Services.GetRequiredService<PartnerActivityRecorder>().FlushAsync();

        await using var db = app.OpenDb();
        var rows = await db.PartnerActivityDays.Where(d => d.PartnerId == partner).OrderBy(d => d.Kind).ToListAsync();
        Assert.Equal(
            [(PartnerActivityKind.Kit, 2, kit.Trim('"')), (PartnerActivityKind.Tokens, 1, tokens.Trim('"'))],
            rows.Select(r => (r.Kind, r.Count, r.LastVersion)));
        Assert.All(rows, r => Assert.Equal((agreement, brand.Id), (r.AgreementId, r.BrandId)));
    }

    [Fact]
    public async Task Downloads_with_other_keys_and_refused_downloads_are_not_counted()
    {
        var (brand, _) = await scene.BrandAsync();
        var (other, _) = await scene.BrandAsync();
        var (partner, _, key) = await scene.Partners.PartnerKeyAsync(other);

        await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await scene.GetAsync($"/kits/{brand.Slug}.zip", key)).StatusCode);
        await app.Services.GetRequiredService<PartnerActivityRecorder>().FlushAsync();

        await using var db = app.OpenDb();
        Assert.False(await db.PartnerActivityDays.AnyAsync(d => d.BrandId == brand.Id || d.PartnerId == partner));
    }
}
