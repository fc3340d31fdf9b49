using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Sync;

/// <summary>A sync gives what the caller may read: no key messages for public keys, a key's markets and brands.</summary>
public sealed class SyncAccessTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static IEnumerable<string> Kinds(SyncMirror mirror) => mirror.Objects.Keys.Select(k => k.Split(':')[0]).Distinct();

    [Fact]
    public async Task A_public_key_never_gets_key_messages_and_a_partner_does()
    {
        var keys = await Keys.ForEveryRoleAsync(app);
        var publicMirror = new SyncMirror();
        await publicMirror.SyncAsync(app.GraphQL(keys["PUBLIC"]), "gia-lai", market: "KR");
        var partnerMirror = new SyncMirror();
        await partnerMirror.SyncAsync(app.GraphQL(keys["PARTNER"]), "gia-lai", market: "KR");

        Assert.DoesNotContain("KEY_MESSAGE", Kinds(publicMirror));
        Assert.Contains("STORY", Kinds(publicMirror));
        Assert.Equal(4, partnerMirror.Objects.Keys.Count(k => k.StartsWith("KEY_MESSAGE:", StringComparison.Ordinal)));
        Assert.Equal(publicMirror.Objects, partnerMirror.Objects.Where(o => !o.Key.StartsWith("KEY_MESSAGE:", StringComparison.Ordinal)).ToDictionary());

        // A public token is not a partner's: what it has seen differs.
        var partner = await app.GraphQL(keys["PARTNER"]).QueryAsync(SyncMirror.Query, new { b = "gia-lai", m = "KR", t = publicMirror.Token });
        Assert.Equal(["SYNC_TOKEN_INVALID"], partner.ErrorCodes);
    }

    [Fact]
    public async Task A_market_scoped_key_syncs_only_its_market_and_the_messages_aimed_at_it()
    {
        var key = await Keys.CreateAsync(app, "china partner", "PARTNER", brands: ["gia-lai"], markets: ["CN"]);
        var client = app.GraphQL(key);
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, "gia-lai", market: "CN");
        Assert.Equal(2, mirror.Objects.Keys.Count(k => k.StartsWith("KEY_MESSAGE:", StringComparison.Ordinal)));

        Assert.Equal(["OUT_OF_SCOPE"], (await SyncMirror.PageAsync(client, "gia-lai", "KR", null, null)).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await SyncMirror.PageAsync(client, "gia-lai", null, ["zh-Hans"], null)).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await SyncMirror.PageAsync(client, "lam-dong", "CN", null, null)).ErrorCodes);
    }

    [Fact]
    public async Task Sync_answers_are_never_kept_by_the_response_cache()
    {
        var client = app.GraphQL((await Keys.ForEveryRoleAsync(app))["PUBLIC"]);
        var stories = await client.QueryAsync("{ stories(brand: \"gia-lai\", market: \"JP\", first: 1) { totalCount } }");
        stories.Ok();
        Assert.True(stories.Headers.ContainsKey("Surrogate-Key"), "a published read is kept, with its surrogate keys");

        var sync = await SyncMirror.PageAsync(client, "gia-lai", "JP", null, null, 1);
        sync.Ok();
        Assert.False(sync.Headers.ContainsKey("Surrogate-Key"), "a sync answer depends on its token and the moment: never kept");
        Assert.Contains("private", sync.Headers["Cache-Control"], StringComparison.Ordinal);
    }
}
