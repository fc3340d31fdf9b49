using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Posts;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Posts;

/// <summary>The demo's posts are what an editor could have written: every one fits the channels it targets.</summary>
public sealed class DemoPostTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Every_demo_post_targets_channels_serving_its_markets_and_fits_their_rules_in_every_locale()
    {
        await using var db = app.OpenDb();
        var posts = await db.ChannelPosts.ToListAsync();
        var channels = await db.Channels.Unarchived().ToDictionaryAsync(c => c.Code);
        Assert.NotEmpty(posts);
        foreach (var post in posts)
        {
            Assert.All(post.Channels, code =>
            {
                Assert.True(channels.TryGetValue(code, out var channel), $"{post.Id}: no channel {code}");
                Assert.True(ChannelPostTargets.Serves(channel!, post.Markets), $"{post.Id}: {code} serves none of {string.Join(", ", post.Markets)}");
            });
        }

        var descriptor = ChannelPostDescriptor.Instance;
        var owners = await descriptor.FindOwnersAsync(db, [.. posts.Select(p => p.Id)], CancellationToken.None);
        var variants = await db.ChannelPostVariants.ToListAsync();
        var problems = await descriptor.ValidateAsync(db, [.. variants.Select(v => ((Variant)v, owners[v.PostId]))], CancellationToken.None);
        Assert.Empty(problems.Select(p => $"{((ChannelPostVariant)p.Variant).PostId} {p.Variant.Locale} {p.Variant.IsLive}: {p.Problem.Field} {p.Problem.Rule} {string.Join(", ", p.Problem.Arguments)}"));
    }

    [Fact]
    public async Task Each_provincial_brand_has_a_campaign_with_published_posts_for_at_least_three_markets()
    {
        await using var db = app.OpenDb();
        var provinces = await db.Brands.Where(b => b.Level == BrandLevel.Province).Select(b => b.Id).ToListAsync();
        Assert.NotEmpty(provinces);
        foreach (var brand in provinces)
        {
            var campaigns = await db.Campaigns.Where(c => c.BrandId == brand).Select(c => c.Id).ToListAsync();
            Assert.NotEmpty(campaigns);
            var markets = await db.ChannelPosts
                .Where(p => p.CampaignId != null && campaigns.Contains(p.CampaignId.Value) && p.Variants.Any(v => v.IsLive))
                .Select(p => p.Markets)
                .ToListAsync();
            Assert.True(markets.SelectMany(m => m).Distinct().Count() >= 3, $"brand {brand}: {string.Join(", ", markets.SelectMany(m => m).Distinct())}");
        }
    }
}
