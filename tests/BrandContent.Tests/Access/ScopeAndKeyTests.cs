using System.Net;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Access;

/// <summary>Keys are checked, scopes narrow what a role may reach, and public types hide their internal fields.</summary>
public sealed class ScopeAndKeyTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Stories = "query($b: String!, $m: String) { stories(brand: $b, market: $m, first: 1) { totalCount } }";

    [Fact]
    public async Task Without_a_key_only_introspection_is_answered()
    {
        var anonymous = app.GraphQL(token: null);
        var data = await anonymous.QueryAsync("{ markets { code } }");
        Assert.Equal(HttpStatusCode.Unauthorized, data.Status);
        Assert.Equal(["UNAUTHENTICATED"], data.ErrorCodes);
        Assert.Equal("Bearer", data.Headers["WWW-Authenticate"]);

        var schema = await anonymous.QueryAsync("{ __schema { queryType { name } } }");
        Assert.Equal("Query", schema.Ok().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_revoked_and_expired_keys_are_refused_and_x_api_key_works()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GraphQL("bck_not-a-real-key-at-all-0123456789").QueryAsync("{ locales { tag } }")).Status);

        var token = await Keys.CreateAsync(app, "to revoke", "PUBLIC");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ locales { tag } }" }) };
        request.Headers.Add("X-Api-Key", token);
        (await app.GraphQL(token: null).SendAsync(request)).Ok();

        var id = (await app.GraphQL().QueryAsync("{ apiKeys { id name lastUsedAt } }")).Ok().GetProperty("apiKeys").EnumerateArray()
            .Single(k => k.GetProperty("name").GetString() == "to revoke");
        Assert.NotNull(id.GetProperty("lastUsedAt").GetString());
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", new { id = id.GetProperty("id").GetString() })).Ok();
        var revoked = await app.GraphQL(token).QueryAsync("{ locales { tag } }");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.Status);
        Assert.Equal(["UNAUTHENTICATED"], revoked.ErrorCodes);

        var expiring = await Keys.CreateAsync(app, "to expire", "PUBLIC", expiresAt: DateTimeOffset.UtcNow.AddDays(1));
        await using (var db = app.OpenDb())
        {
            await db.ApiKeys.Where(k => k.Name == "to expire").ExecuteUpdateAsync(k => k.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GraphQL(expiring).QueryAsync("{ locales { tag } }")).Status);
    }

    [Fact]
    public async Task Keys_are_stored_hashed_and_shown_once()
    {
        var token = await Keys.CreateAsync(app, "hash check", "PARTNER");
        await using var db = app.OpenDb();
        var key = await db.ApiKeys.SingleAsync(k => k.Name == "hash check");
        Assert.Equal(token[..12], key.Prefix);
        Assert.Equal(32, key.SecretHash.Length);
        Assert.DoesNotContain(token, System.Text.Encoding.UTF8.GetString(key.SecretHash));
        var listed = (await app.GraphQL().QueryAsync("{ apiKeys { name prefix } }")).Body.ToString();
        Assert.DoesNotContain(token, listed);
    }

    [Fact]
    public async Task A_partner_reaches_only_its_brands_and_markets_and_never_drafts()
    {
        var partner = app.GraphQL(await Keys.CreateAsync(app, "KR travel agency", "PARTNER", brands: ["gia-lai"], markets: ["KR"]));
        (await partner.QueryAsync(Stories, new { b = "gia-lai", m = "KR" })).Ok();
        (await partner.QueryAsync("{ keyMessages(brand: \"gia-lai\", market: \"KR\") { headline } }")).Ok();
        Assert.Equal(["OUT_OF_SCOPE"], (await partner.QueryAsync(Stories, new { b = "dong-nai", m = "KR" })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await partner.QueryAsync(Stories, new { b = "gia-lai", m = "JP" })).ErrorCodes);

        var brands = (await partner.QueryAsync("{ brands { slug } markets { code } }")).Ok();
        Assert.Equal(["gia-lai"], brands.GetProperty("brands").EnumerateArray().Select(b => b.GetProperty("slug").GetString()));
        Assert.Equal(["KR"], brands.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("code").GetString()));

        var preview = await partner.QueryAsync("{ stories(brand: \"gia-lai\", preview: true) { totalCount } }");
        Assert.Equal(["FORBIDDEN"], preview.ErrorCodes);
    }

    [Fact]
    public async Task A_public_key_gets_published_content_but_not_the_identity_kit()
    {
        var publicKey = app.GraphQL(await Keys.CreateAsync(app, "website", "PUBLIC"));
        var response = await publicKey.QueryAsync("{ brand(slug: \"gia-lai\", locale: \"en\") { name slogan colors { hex } } }");
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(["brand", "colors"], response.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));

        var ok = (await publicKey.QueryAsync("{ brand(slug: \"gia-lai\", locale: \"en\") { name slogan } }")).Ok();
        Assert.Equal("Gia Lai", ok.GetProperty("brand").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_translator_writes_only_its_locales_and_cannot_review()
    {
        var translator = new Fixtures.Editing(app.GraphQL(await Keys.CreateAsync(app, "ko translator", "TRANSLATOR", locales: ["ko"])));
        var story = await NewStoryAsync("gia-lai");

        var korean = await translator.UpsertAsync("STORY", story, "ko", null, new { title = "이야기", slug = "iyagi" });
        korean.Ok();
        Assert.Equal(["OUT_OF_SCOPE"], (await translator.UpsertAsync("STORY", story, "ja", null, new { title = "物語", slug = "monogatari" })).ErrorCodes);
        (await translator.StepAsync("submitForReview", "STORY", story, "ko", 1)).Ok();
        Assert.Equal(["FORBIDDEN"], (await translator.StepAsync("approve", "STORY", story, "ko", 1)).ErrorCodes);

        var actor = (await app.GraphQL().QueryAsync("query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"ko\") { actor } }", new { id = story }))
            .Ok().GetProperty("variantHistory")[0].GetProperty("actor").GetString();
        Assert.Equal("ko translator", actor);
    }

    [Fact]
    public async Task An_editor_writes_only_within_its_brands()
    {
        var editor = app.GraphQL(await Keys.CreateAsync(app, "Dong Nai desk", "EDITOR", brands: ["dong-nai"]));
        var own = await NewStoryAsync("dong-nai");
        var other = await NewStoryAsync("gia-lai");

        (await new Fixtures.Editing(editor).UpsertAsync("STORY", own, "vi", null, new { title = "Của mình", slug = "cua-minh" })).Ok();
        Assert.Equal(["OUT_OF_SCOPE"], (await new Fixtures.Editing(editor).UpsertAsync("STORY", other, "vi", null, new { title = "Không", slug = "khong" })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await editor.QueryAsync("mutation { createStory(brand: \"gia-lai\", input: { date: \"2026-01-01\" }) { id } }")).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await editor.QueryAsync("mutation($id: ID!) { updateStory(id: $id, input: { date: \"2026-01-01\" }) { id } }", new { id = other })).ErrorCodes);
        (await editor.QueryAsync("mutation($id: ID!) { updateStory(id: $id, input: { date: \"2026-01-02\" }) { id } }", new { id = own })).Ok();
    }

    [Fact]
    public async Task XLIFF_work_stays_inside_the_keys_brands_and_locales()
    {
        var files = new XliffFiles(app);
        var translatable = await files.TranslatableBrandAsync();
        var slug = translatable.Brand.Slug;
        var japanese = XliffFiles.WithTargets(await files.ContentAsync("ja", slug), new Dictionary<string, string> { [translatable.Unit("STORY", "title")] = "物語", [translatable.Unit("STORY", "slug")] = "monogatari" });

        var korean = app.GraphQL(await Keys.CreateAsync(app, "ko only", "TRANSLATOR", locales: ["ko"]));
        var refused = await korean.QueryAsync("mutation($c: String!) { importXliff(content: $c) { locale } }", new { c = japanese });
        Assert.Equal(["OUT_OF_SCOPE"], refused.ErrorCodes);
        Assert.DoesNotContain(
            (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { locale } }", new { id = translatable.Story.Id })).Ok()
                .GetProperty("variants").EnumerateArray(),
            v => v.GetProperty("locale").GetString() == "ja");

        var otherBrand = app.GraphQL(await Keys.CreateAsync(app, "other desk", "EDITOR", brands: ["dong-nai"]));
        Assert.Equal(["OUT_OF_SCOPE"], (await otherBrand.QueryAsync("mutation($c: String!) { importXliff(content: $c) { locale } }", new { c = japanese })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await otherBrand.QueryAsync("{ xliffExport(locale: \"ja\") { unitCount } }")).ErrorCodes);
        (await otherBrand.QueryAsync("{ xliffExport(locale: \"ja\", brand: \"dong-nai\") { unitCount } }")).Ok();
    }

    [Fact]
    public async Task A_brand_scoped_translator_gets_a_full_page_of_its_own_queue()
    {
        const string Queue = "query($b: String, $n: Int) { translationQueue(locale: \"ko\", brand: $b, first: $n) { entityId } }";
        var own = (await app.GraphQL().QueryAsync(Queue, new { b = "tan-minh", n = 500 })).Ok().GetProperty("translationQueue")
            .EnumerateArray().Select(i => i.GetProperty("entityId").GetString()).ToList();
        Assert.True(own.Count > 5, $"tan-minh needs more than 5 items missing in ko, has {own.Count}");

        // Without a brand argument the queue spans every brand the key may reach: paging applies after the scope.
        var translator = app.GraphQL(await Keys.CreateAsync(app, "Tan Minh ko", "TRANSLATOR", brands: ["tan-minh"], locales: ["ko"]));
        var page = (await translator.QueryAsync(Queue, new { b = (string?)null, n = 5 })).Ok().GetProperty("translationQueue")
            .EnumerateArray().Select(i => i.GetProperty("entityId").GetString()).ToList();
        Assert.Equal(own.Take(5), page);
    }

    private async Task<Guid> NewStoryAsync(string brand) =>
        Guid.Parse((await app.GraphQL().QueryAsync("mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-01-01\" }) { id } }", new { b = brand }))
            .Ok().GetProperty("createStory").GetProperty("id").GetString()!);
}
