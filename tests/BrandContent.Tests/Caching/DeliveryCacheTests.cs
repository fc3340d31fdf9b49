using System.Net;
using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Caching;

/// <summary>
/// Published reads come from the response cache until something they hold changes: then exactly they are evicted, on
/// this server at once (its own write) and on the others through PostgreSQL's notifications.
/// </summary>
public sealed class DeliveryCacheTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Stories = "query($b: String!) { stories(brand: $b, first: 10) { edges { node { id title locale heroAsset { title } } } } }";

    private async Task<(Brand Brand, Guid Story)> SeedAsync(DateTimeOffset? rightsExpireAt = null)
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        var asset = TestContent.Asset(brand, rightsExpireAt);
        var story = TestContent.Story(brand, "cached", new DateOnly(2026, 5, 1), "vi").WithHero(asset);
        await using var db = app.OpenDb();
        db.AddRange(brand, asset, story);
        await db.SaveChangesAsync();
        return (brand, story.Id);
    }

    /// <summary>The statements a read ran: none when it was answered from the cache.</summary>
    private async Task<(JsonElement Body, int Statements)> ReadAsync(GraphQLClient client, string query, object variables)
    {
        app.Statements.Reset();
        var response = await client.QueryAsync(query, variables);
        var statements = app.Statements.Count;
        response.Ok();
        return (response.Body, statements);
    }

    private static IEnumerable<string?> Titles(JsonElement body) =>
        body.GetProperty("data").GetProperty("stories").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString());

    /// <summary>Edits the story's vi title and takes it through review to publishing: now, or at <paramref name="publishAt"/>.</summary>
    private async Task RepublishAsync(Guid story, string title, DateTimeOffset? publishAt = null)
    {
        var editing = new Fixtures.Editing(app.GraphQL());
        var revision = (await editing.VariantAsync("STORY", story, "vi")).GetProperty("revision").GetInt32();
        var updated = await editing.UpsertOkAsync("STORY", story, "vi", revision, new { title });
        revision = updated.GetProperty("revision").GetInt32();
        (await editing.StepAsync("submitForReview", "STORY", story, "vi", revision)).Ok();
        (await editing.StepAsync("approve", "STORY", story, "vi", revision)).Ok();
        var published = publishAt is null
            ? await editing.StepAsync("publish", "STORY", story, "vi", revision)
            : await editing.StepAsync("publish", "STORY", story, "vi", revision, ", publishAt: $publishAt", new { publishAt });
        published.Ok();
    }

    [Fact]
    public async Task A_second_read_is_served_from_the_cache_byte_for_byte_as_the_uncached_answer()
    {
        var (brand, _) = await SeedAsync();
        var client = app.GraphQL();
        var first = await ReadAsync(client, Stories, new { b = brand.Slug });
        var second = await ReadAsync(client, Stories, new { b = brand.Slug });

        Assert.True(first.Statements > 0);
        Assert.Equal(0, second.Statements);
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());

        await using var uncached = app.With(("BrandContent:DeliveryCache:Enabled", "false"));
        var direct = await uncached.GraphQL().QueryAsync(Stories, new { b = brand.Slug });
        direct.Ok();
        Assert.Equal(first.Body.GetRawText(), direct.Body.GetRawText());
    }

    [Fact]
    public async Task A_publish_evicts_its_brands_answers_at_once_and_no_other_brands()
    {
        var (brand, story) = await SeedAsync();
        var (other, _) = await SeedAsync();
        var client = app.GraphQL();
        await ReadAsync(client, Stories, new { b = brand.Slug });
        await ReadAsync(client, Stories, new { b = other.Slug });

        await RepublishAsync(story, "cached v2");

        var changed = await ReadAsync(client, Stories, new { b = brand.Slug });
        Assert.Equal(["cached v2"], Titles(changed.Body));
        Assert.True(changed.Statements > 0);
        Assert.Equal(0, (await ReadAsync(client, Stories, new { b = other.Slug })).Statements);
    }

    [Fact]
    public async Task Unpublish_archive_and_an_update_of_the_story_each_evict_it()
    {
        var (brand, story) = await SeedAsync();
        var client = app.GraphQL();
        var editing = new Fixtures.Editing(client);
        var revision = (await editing.VariantAsync("STORY", story, "vi")).GetProperty("revision").GetInt32();

        await ReadAsync(client, Stories, new { b = brand.Slug });
        (await editing.StepAsync("unpublish", "STORY", story, "vi", revision)).Ok();
        Assert.Empty(Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body));

        (await editing.StepAsync("publish", "STORY", story, "vi", revision)).Ok();
        Assert.Equal(["cached vi"], Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body));

        (await client.QueryAsync("mutation($id: ID!) { archive(kind: STORY, id: $id) { id } }", new { id = story })).Ok();
        Assert.Empty(Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body));

        (await client.QueryAsync("mutation($id: ID!) { archive(kind: STORY, id: $id, archived: false) { id } }", new { id = story })).Ok();
        (await client.QueryAsync("mutation($id: ID!) { updateStory(id: $id, input: { date: \"2026-06-01\" }) { id } }", new { id = story })).Ok();
        var dated = await client.QueryAsync("query($b: String!) { stories(brand: $b) { edges { node { date } } } }", new { b = brand.Slug });
        Assert.Equal("2026-06-01", dated.Ok().GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_scheduled_publish_firing_evicts_the_answer_it_changes_on_every_server()
    {
        var (brand, story) = await SeedAsync();
        var client = app.GraphQL();
        await RepublishAsync(story, "scheduled v2", publishAt: DateTimeOffset.UtcNow.AddHours(1));
        await using var twin = app.Twin();
        await twin.InitializeAsync();
        await twin.ListeningAsync();
        Assert.Equal(["cached vi"], Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body));
        Assert.Equal(["cached vi"], Titles((await twin.GraphQL().QueryAsync(Stories, new { b = brand.Slug })).Body));
        Assert.Equal(0, (await ReadAsync(client, Stories, new { b = brand.Slug })).Statements);

        // Due now without waiting for the clock, and without a notification: only the firing announces the change.
        await using (var db = app.OpenDb())
        {
            await db.ScheduledChanges.Where(c => c.EntityId == story && c.DoneAt == null)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        Assert.Equal(1, await twin.InScopeAsync(services => services.GetRequiredService<PublishScheduler>().RunDueAsync(CancellationToken.None)));
        Assert.Equal(["scheduled v2"], Titles((await twin.GraphQL().QueryAsync(Stories, new { b = brand.Slug })).Body));
        var deadline = DateTime.UtcNow.AddSeconds(1);
        List<string?> titles;
        do
        {
            titles = Titles((await client.QueryAsync(Stories, new { b = brand.Slug })).Body).ToList();
        }
        while (titles is not ["scheduled v2"] && DateTime.UtcNow < deadline);

        Assert.Equal(["scheduled v2"], titles);
    }

    [Fact]
    public async Task A_change_of_a_parent_brand_evicts_its_childrens_answers()
    {
        await app.ListeningAsync();
        var client = app.GraphQL();
        const string Child = "{ brand(slug: \"nam-gia-nghia\", locale: \"en\") { slug parent { name } } }";
        await ReadAsync(client, Child, new { });

        var parent = (await client.QueryAsync("{ brand(slug: \"lam-dong\") { id } }")).Ok().GetProperty("brand").GetProperty("id").GetGuid();
        var editing = new Fixtures.Editing(client);
        var english = await editing.VariantAsync("BRAND", parent, "en");
        var revision = english.GetProperty("revision").GetInt32();
        revision = (await editing.UpsertOkAsync("BRAND", parent, "en", revision, new { name = "Lam Dong Highlands" })).GetProperty("revision").GetInt32();
        (await editing.StepAsync("submitForReview", "BRAND", parent, "en", revision)).Ok();
        (await editing.StepAsync("approve", "BRAND", parent, "en", revision)).Ok();
        (await editing.StepAsync("publish", "BRAND", parent, "en", revision)).Ok();

        var child = await ReadAsync(client, Child, new { });
        Assert.Equal("Lam Dong Highlands", child.Body.GetProperty("data").GetProperty("brand").GetProperty("parent").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_cdn_can_purge_an_answer_by_any_brand_of_its_family_and_a_new_child_joins_its_parents_tags()
    {
        await app.ListeningAsync();
        var top = TestContent.Brand();
        var middle = TestContent.Brand();
        var other = TestContent.Brand();
        await using (var db = app.OpenDb())
        {
            db.AddRange(top, middle, other);
            await db.SaveChangesAsync();
            middle.ParentId = top.Id;
            await db.SaveChangesAsync();
        }

        async Task<string[]> TagsAsync(Brand brand) =>
            (await app.GraphQL().QueryAsync($"{{ brand(slug: \"{brand.Slug}\") {{ slug }} }}")).Headers["Surrogate-Key"].Split(' ');

        Assert.Equal(new[] { $"brand-{middle.Slug}", $"brand-{top.Slug}" }.Order(StringComparer.Ordinal), await TagsAsync(middle));
        Assert.Equal([$"brand-{other.Slug}"], await TagsAsync(other));

        // A brand created under the middle one is announced, so the tree is read again: the top's answers now name it.
        var childSlug = $"child-{Guid.NewGuid():N}"[..20];
        Assert.DoesNotContain($"brand-{childSlug}", await TagsAsync(top));
        (await app.GraphQL().QueryAsync(
            "mutation($i: BrandInput!) { createBrand(input: $i) { id } }",
            new { i = new { slug = childSlug, level = "COMMUNE", sourceLocale = "vi", parent = middle.Slug } })).Ok();
        Assert.Contains($"brand-{childSlug}", await TagsAsync(top));
    }

    [Fact]
    public async Task Callers_who_may_see_different_things_never_share_an_answer_and_alike_callers_do()
    {
        await app.ListeningAsync();
        const string Brands = "{ brands { slug } }";
        var partner = app.GraphQL(await Keys.CreateAsync(app, "cache partner", "PARTNER", brands: ["gia-lai"]));
        var scoped = (await ReadAsync(partner, Brands, new { })).Body;
        Assert.Equal(["gia-lai"], scoped.GetProperty("data").GetProperty("brands").EnumerateArray().Select(b => b.GetProperty("slug").GetString()));

        var everyone = (await ReadAsync(app.GraphQL(), Brands, new { })).Body.GetProperty("data").GetProperty("brands");
        Assert.True(everyone.GetArrayLength() > 1);

        var one = app.GraphQL(await Keys.CreateAsync(app, "site one", "PUBLIC"));
        var two = app.GraphQL(await Keys.CreateAsync(app, "site two", "PUBLIC"));
        (await two.QueryAsync("{ __typename }")).Ok(); // its identity is loaded now, not during the counted read
        await ReadAsync(one, Brands, new { });
        Assert.Equal(0, (await ReadAsync(two, Brands, new { })).Statements);
    }

    [Fact]
    public async Task Working_copies_and_work_queries_are_never_kept()
    {
        var (brand, _) = await SeedAsync();
        var client = app.GraphQL();
        const string Preview = "query($b: String!) { stories(brand: $b, preview: true) { edges { node { title } } } }";
        await ReadAsync(client, Preview, new { b = brand.Slug });
        Assert.True((await ReadAsync(client, Preview, new { b = brand.Slug })).Statements > 0);

        const string Queue = "query($b: String!) { translationQueue(locale: \"en\", brand: $b) { entityId } }";
        await ReadAsync(client, Queue, new { b = brand.Slug });
        Assert.True((await ReadAsync(client, Queue, new { b = brand.Slug })).Statements > 0);
    }

    [Fact]
    public async Task An_answer_ends_when_an_asset_in_it_loses_its_rights()
    {
        var (brand, _) = await SeedAsync(rightsExpireAt: DateTimeOffset.UtcNow.AddSeconds(8));
        var client = app.GraphQL();
        var hero = (await ReadAsync(client, Stories, new { b = brand.Slug })).Body;
        Assert.Equal("Ảnh", hero.GetProperty("data").GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("heroAsset").GetProperty("title").GetString());

        // Nothing is written: the cached answer's own lifetime ends with the rights.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement node;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250)); // polling the answer, within the rate limit
            node = (await ReadAsync(client, Stories, new { b = brand.Slug })).Body.GetProperty("data").GetProperty("stories").GetProperty("edges")[0].GetProperty("node");
        }
        while (node.GetProperty("heroAsset").ValueKind != JsonValueKind.Null && DateTime.UtcNow < deadline);

        Assert.Equal(JsonValueKind.Null, node.GetProperty("heroAsset").ValueKind);
    }

    [Fact]
    public async Task An_answer_ends_when_a_story_in_it_reaches_its_unpublishAt()
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "leaving", new DateOnly(2026, 5, 1), new V("vi", UnpublishAt: DateTimeOffset.UtcNow.AddSeconds(3)));
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, story);
            await db.SaveChangesAsync();
        }

        var client = app.GraphQL();
        Assert.Equal(["leaving vi"], Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<string?> titles;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            titles = Titles((await ReadAsync(client, Stories, new { b = brand.Slug })).Body).ToList();
        }
        while (titles.Count > 0 && DateTime.UtcNow < deadline);

        Assert.Empty(titles);
    }

    [Fact]
    public async Task A_market_change_evicts_every_answer()
    {
        await app.ListeningAsync();
        var client = app.GraphQL();
        const string Markets = "{ market(code: \"FR\") { localeChain } }";
        Assert.Equal(["fr", "en"], (await ReadAsync(client, Markets, new { })).Body.GetProperty("data").GetProperty("market").GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));

        (await client.QueryAsync("mutation { updateMarket(input: { code: \"FR\", localeChain: [\"fr\"] }) { code } }")).Ok();

        var changed = await ReadAsync(client, Markets, new { });
        Assert.Equal(["fr"], changed.Body.GetProperty("data").GetProperty("market").GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        (await client.QueryAsync("mutation { updateMarket(input: { code: \"FR\", localeChain: [\"fr\", \"en\"] }) { code } }")).Ok();
    }

    [Fact]
    public async Task A_query_answer_has_a_strong_etag_and_a_matching_if_none_match_is_a_304_over_get_and_post()
    {
        var (brand, _) = await SeedAsync();
        var query = $"{{ stories(brand: \"{brand.Slug}\") {{ edges {{ node {{ title }} }} }} }}";
        var first = await app.GraphQL().QueryAsync(query);
        var etag = first.Headers["ETag"];
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", etag);
        Assert.Equal(["no-cache", "private"], Directives(first.Headers["Cache-Control"]));
        Assert.Contains("Authorization", first.Headers["Vary"]);
        Assert.Equal($"brand-{brand.Slug}", first.Headers["Surrogate-Key"]);

        var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        post.Headers.IfNoneMatch.ParseAdd(etag);
        using var notModified = await Send(post);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag!.ToString());

        var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        get.Headers.IfNoneMatch.ParseAdd(etag);
        using var notModifiedGet = await Send(get);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedGet.StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        stale.Headers.IfNoneMatch.ParseAdd("\"not-this-one\"");
        using var fresh = await Send(stale);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Shared_caches_may_keep_answers_for_cdn_keys_and_anonymous_public_callers_only()
    {
        var (brand, story) = await SeedAsync();
        var query = $"{{ stories(brand: \"{brand.Slug}\") {{ edges {{ node {{ title }} }} }} }}";
        var cdn = (await app.GraphQL().QueryAsync(
            "mutation { createApiKey(input: { name: \"website cdn\", role: PUBLIC, cdnCacheable: true }) { token key { cdnCacheable } } }")).Ok().GetProperty("createApiKey");
        Assert.True(cdn.GetProperty("key").GetProperty("cdnCacheable").GetBoolean());
        var shared = await app.GraphQL(cdn.GetProperty("token").GetString()).QueryAsync(query);
        Assert.Equal(["max-age=60", "public", "s-maxage=600", "stale-while-revalidate=60"], Directives(shared.Headers["Cache-Control"]));
        Assert.Equal($"brand-{brand.Slug}", shared.Headers["Cache-Tag"]);

        await using var anonymous = app.With(("BrandContent:Auth:AnonymousRole", "Public"), ("BrandContent:DeliveryCache:SharedMaxAgeSeconds", "120"));
        var open = await anonymous.GraphQL(token: null).QueryAsync(query);
        Assert.Equal(["max-age=60", "public", "s-maxage=120", "stale-while-revalidate=60"], Directives(open.Headers["Cache-Control"]));

        var write = await app.GraphQL().QueryAsync("mutation($id: ID!) { updateStory(id: $id, input: { date: \"2026-05-02\" }) { id } }", new { id = story });
        write.Ok();
        Assert.Equal("no-store", write.Headers["Cache-Control"]);
        Assert.False(write.Headers.ContainsKey("ETag"));
    }

    [Fact]
    public async Task A_publish_on_one_server_reaches_the_cache_of_another_within_a_second()
    {
        var (brand, story) = await SeedAsync();
        await using var twin = app.Twin();
        await twin.InitializeAsync();
        await twin.ListeningAsync();
        var reader = twin.GraphQL();
        Assert.Equal(["cached vi"], Titles((await reader.QueryAsync(Stories, new { b = brand.Slug })).Body));
        Assert.Equal(["cached vi"], Titles((await reader.QueryAsync(Stories, new { b = brand.Slug })).Body));

        await RepublishAsync(story, "seen elsewhere");
        var published = DateTime.UtcNow;
        IEnumerable<string?> titles;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
            titles = Titles((await reader.QueryAsync(Stories, new { b = brand.Slug })).Body).ToList();
        }
        while (!titles.SequenceEqual(["seen elsewhere"]) && DateTime.UtcNow - published < TimeSpan.FromSeconds(5));

        Assert.Equal(["seen elsewhere"], titles);
        Assert.True(DateTime.UtcNow - published < TimeSpan.FromSeconds(1), $"seen after {(DateTime.UtcNow - published).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_by_every_server()
    {
        await app.ListeningAsync();
        await using var twin = app.Twin();
        await twin.InitializeAsync();
        await twin.ListeningAsync();
        var token = await Keys.CreateAsync(app, "to revoke everywhere", "PUBLIC");
        (await app.GraphQL(token).QueryAsync("{ locales { tag } }")).Ok();
        (await twin.GraphQL(token).QueryAsync("{ locales { tag } }")).Ok();

        var id = (await app.GraphQL().QueryAsync("{ apiKeys { id name } }")).Ok().GetProperty("apiKeys").EnumerateArray()
            .Single(k => k.GetProperty("name").GetString() == "to revoke everywhere").GetProperty("id").GetString();
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", new { id })).Ok();
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GraphQL(token).QueryAsync("{ locales { tag } }")).Status);

        var revoked = DateTime.UtcNow;
        HttpStatusCode status;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
            status = (await twin.GraphQL(token).QueryAsync("{ locales { tag } }")).Status;
        }
        while (status != HttpStatusCode.Unauthorized && DateTime.UtcNow - revoked < TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(DateTime.UtcNow - revoked < TimeSpan.FromSeconds(1));
    }

    /// <summary>Cache-Control's directives in order: HttpClient writes them back in an order of its own.</summary>
    private static IEnumerable<string> Directives(string cacheControl) => cacheControl.Split(',', StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal);

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BrandContentApp.AdminToken);
        return await app.CreateClient().SendAsync(request);
    }
}
