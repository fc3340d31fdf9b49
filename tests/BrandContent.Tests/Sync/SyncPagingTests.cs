using System.Text.Json;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Sync;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Sync;

/// <summary>Pages, locale selections and fallback changes: the mirror always ends up as a fresh sync would build it.</summary>
public sealed class SyncPagingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_small_first_pages_through_every_kind_once_and_builds_the_same_mirror_as_one_big_page()
    {
        var brand = TestContent.Brand();
        var pillars = Enumerable.Range(0, 3).Select(i => TestContent.Pillar(brand, $"p{i}", i)).ToList();
        var stories = Enumerable.Range(0, 7).Select(i => TestContent.Story(brand, $"s{i}", SyncScene.Day.AddDays(i), "vi")).ToList();
        var draft = TestContent.Story(brand, "draft", SyncScene.Day, new V("vi", WorkflowStatus.Draft));
        var events = Enumerable.Range(0, 2).Select(i => TestContent.Event(brand, SyncScene.Day, SyncScene.Day.AddDays(i), "vi")).ToList();
        await app.SeedAsync(brand, [.. pillars, .. stories, draft, .. events]);

        var client = app.GraphQL();
        var paged = new SyncMirror();
        await paged.SyncAsync(client, brand.Slug, market: "KR", first: 3);
        var whole = await SyncScene.FreshAsync(client, brand.Slug, market: "KR");

        Assert.Equal(13, whole.Objects.Count);
        Assert.Equal(whole.Objects, paged.Objects);
        Assert.Equal(5, paged.Pages.Count);
        Assert.All(paged.Pages, p => Assert.True(p.GetProperty("upserts").GetArrayLength() <= 3));
        Assert.All(paged.Pages.SkipLast(1), p => Assert.True(p.GetProperty("hasMore").GetBoolean()));
        Assert.False(paged.Pages[^1].GetProperty("hasMore").GetBoolean());
        Assert.Equal(13, paged.Upserts.Select(SyncMirror.Key).Distinct().Count());
        Assert.DoesNotContain(paged.Objects.Keys, k => k.Contains(draft.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_made_while_an_initial_sync_pages_reach_the_mirror_through_the_delta_that_follows()
    {
        var brand = TestContent.Brand();
        var stories = Enumerable.Range(0, 6).Select(i => TestContent.Story(brand, $"c{i}", SyncScene.Day.AddDays(i), "vi")).ToList();
        await app.SeedAsync(brand, [.. stories]);
        var client = app.GraphQL();
        var editing = new Fixtures.Editing(client);
        var mirror = new SyncMirror();
        var token = (string?)null;
        var seen = new List<string>();
        var pages = 0;
        bool hasMore;
        do
        {
            var page = (await SyncMirror.PageAsync(client, brand.Slug, "KR", null, token, 2)).Ok().GetProperty("sync");
            seen.AddRange(page.GetProperty("upserts").EnumerateArray().Select(SyncMirror.Key));
            foreach (var upsert in page.GetProperty("upserts").EnumerateArray())
            {
                mirror.Objects[SyncMirror.Key(upsert)] = upsert.GetProperty("node").GetRawText();
            }

            token = page.GetProperty("nextToken").GetString();
            hasMore = page.GetProperty("hasMore").GetBoolean();
            if (++pages == 2)
            {
                // Every story already sent or still to come is unpublished, one of each, between two pages.
                foreach (var story in stories.Where(s => seen.Contains($"STORY:{s.Id}:")).Take(1).Concat(stories.Where(s => !seen.Contains($"STORY:{s.Id}:")).Take(1)))
                {
                    (await editing.StepAsync("unpublish", "STORY", story.Id, "vi")).Ok();
                }
            }
        }
        while (hasMore);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        var delta = (await SyncMirror.PageAsync(client, brand.Slug, "KR", null, token)).Ok().GetProperty("sync");
        Assert.Equal(2, delta.GetProperty("tombstones").GetArrayLength());
        foreach (var tombstone in delta.GetProperty("tombstones").EnumerateArray())
        {
            mirror.Objects.Remove(SyncMirror.Key(tombstone));
        }

        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, market: "KR")).Objects, mirror.Objects);
    }

    [Fact]
    public async Task A_new_locale_of_a_story_served_in_fallback_replaces_it_and_its_unpublishing_brings_the_fallback_back()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "sunflower", SyncScene.Day, "vi", "en", new V("ko", WorkflowStatus.Approved));
        await app.SeedAsync(brand, story);
        var client = app.GraphQL();
        var editing = new Fixtures.Editing(client);
        var market = new SyncMirror();
        var locales = new SyncMirror();
        await market.SyncAsync(client, brand.Slug, market: "KR");
        await locales.SyncAsync(client, brand.Slug, locales: ["ko", "en"]);
        Assert.Equal(("en", true), Served(market, $"STORY:{story.Id}:"));
        Assert.Equal(("vi", true), Served(locales, $"STORY:{story.Id}:ko"));
        Assert.Equal(("en", false), Served(locales, $"STORY:{story.Id}:en"));

        (await editing.StepAsync("publish", "STORY", story.Id, "ko")).Ok();
        await market.SyncAsync(client, brand.Slug, market: "KR");
        await locales.SyncAsync(client, brand.Slug, locales: ["ko", "en"]);
        Assert.Equal(
            SyncMirror.Sorted($"UPSERT STORY:{story.Id}:"), market.Changes());
        Assert.Equal(("ko", false), Served(market, $"STORY:{story.Id}:"));
        Assert.Equal(
            SyncMirror.Sorted($"UPSERT STORY:{story.Id}:en", $"UPSERT STORY:{story.Id}:ko"), locales.Changes());
        Assert.Equal(("ko", false), Served(locales, $"STORY:{story.Id}:ko"));
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, market: "KR")).Objects, market.Objects);
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, locales: ["ko", "en"])).Objects, locales.Objects);

        (await editing.StepAsync("unpublish", "STORY", story.Id, "ko")).Ok();
        await market.SyncAsync(client, brand.Slug, market: "KR");
        await locales.SyncAsync(client, brand.Slug, locales: ["ko", "en"]);
        Assert.Equal(("en", true), Served(market, $"STORY:{story.Id}:"));
        Assert.Equal(("vi", true), Served(locales, $"STORY:{story.Id}:ko"));
        Assert.Single(market.Objects, o => o.Key.StartsWith("STORY:", StringComparison.Ordinal));
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, market: "KR")).Objects, market.Objects);
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, locales: ["ko", "en"])).Objects, locales.Objects);
    }

    [Fact]
    public async Task A_locale_without_content_of_its_own_gets_tombstones_when_its_fallback_goes()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "only-vi", SyncScene.Day, "vi");
        await app.SeedAsync(brand, story);
        var client = app.GraphQL();
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, locales: ["ja", "fr"]);
        Assert.Equal(("vi", true), Served(mirror, $"STORY:{story.Id}:ja"));

        (await new Fixtures.Editing(client).StepAsync("unpublish", "STORY", story.Id, "vi")).Ok();
        await mirror.SyncAsync(client, brand.Slug, locales: ["ja", "fr"]);
        Assert.Equal(
            SyncMirror.Sorted($"DELETE STORY:{story.Id}:fr", $"DELETE STORY:{story.Id}:ja"), mirror.Changes());
        Assert.DoesNotContain(mirror.Objects.Keys, k => k.StartsWith("STORY:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_runs_as_many_statements_for_fifty_objects_as_for_five()
    {
        var brand = TestContent.Brand();
        var stories = Enumerable.Range(0, 60).Select(i => TestContent.Story(brand, $"n{i}", SyncScene.Day.AddDays(i), "vi", i % 2 == 0 ? "ko" : "en")).ToList();
        await app.SeedAsync(brand, [.. stories]);
        var client = app.GraphQL();
        await SyncMirror.PageAsync(client, brand.Slug, "KR", null, null, 1);

        async Task<int> CountAsync(int first)
        {
            app.Statements.Reset();
            var page = (await SyncMirror.PageAsync(client, brand.Slug, "KR", null, null, first)).Ok().GetProperty("sync");
            Assert.Equal(first, page.GetProperty("upserts").GetArrayLength());
            return app.Statements.Count;
        }

        Assert.Equal(await CountAsync(5), await CountAsync(50));
    }

    [Fact]
    public async Task A_delta_page_runs_as_many_statements_for_fifty_changes_as_for_five()
    {
        var brand = TestContent.Brand();
        var stories = Enumerable.Range(0, 60).Select(i => TestContent.Story(brand, $"d{i}", SyncScene.Day.AddDays(i), "vi", "ko")).ToList();
        var events = Enumerable.Range(0, 60).Select(i => TestContent.Event(brand, SyncScene.Day, SyncScene.Day.AddDays(i), "vi")).ToList();
        await app.SeedAsync(brand, [.. stories, .. events]);
        var client = app.GraphQL();

        async Task<int> CountAsync(int changes)
        {
            var mirror = new SyncMirror();
            await mirror.SyncAsync(client, brand.Slug, locales: ["ko", "en"]);
            await using (var db = app.OpenDb())
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                foreach (var i in Enumerable.Range(0, changes))
                {
                    await db.RecordContentChangeAsync(ContentKind.Story, stories[i].Id, brand.Id, CancellationToken.None);
                    await db.RecordContentChangeAsync(ContentKind.Event, events[i].Id, brand.Id, CancellationToken.None);
                }

                await transaction.CommitAsync();
            }

            app.Statements.Reset();
            var page = (await SyncMirror.PageAsync(client, brand.Slug, null, ["ko", "en"], mirror.Token, 100)).Ok().GetProperty("sync");
            Assert.Equal(changes * 4, page.GetProperty("upserts").GetArrayLength());
            return app.Statements.Count;
        }

        Assert.Equal(await CountAsync(5), await CountAsync(50));
    }

    private static (string Locale, bool IsFallback) Served(SyncMirror mirror, string key)
    {
        var node = JsonDocument.Parse(mirror.Objects[key]).RootElement;
        return (node.GetProperty("locale").GetString()!, node.GetProperty("isFallback").GetBoolean());
    }
}
