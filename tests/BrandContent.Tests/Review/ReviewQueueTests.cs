using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Review;

/// <summary>reviewQueue and liveVariant: what the studio's review screens read, through the API like any client.</summary>
public sealed class ReviewQueueTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Queue = "query($b: String, $l: String, $f: Int) { reviewQueue(brand: $b, locale: $l, first: $f) { kind entityId brand locale status revision isSource label submittedBy submittedAt } }";
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private async Task<Brand> SeedAsync(params (string Name, V[] Locales)[] stories)
    {
        var brand = TestContent.Brand();
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(stories.Select((s, i) => TestContent.Story(brand, s.Name, new DateOnly(2026, 3, 1).AddDays(i), s.Locales)));
        await db.SaveChangesAsync();
        return brand;
    }

    private static List<JsonElement> Items(GraphQLResponse response) => [.. response.Ok().GetProperty("reviewQueue").EnumerateArray()];

    [Fact]
    public async Task A_translation_submitted_for_review_is_listed_with_its_brand_label_and_who_submitted_it()
    {
        var brand = await SeedAsync(("waiting", ["vi", new V("ko", WorkflowStatus.Draft)]), ("done", ["vi", "ko"]));
        var id = (await QueryIdsAsync(brand)).Single(s => s.Title == "waiting vi").Id;
        var translator = app.GraphQL(await Keys.CreateAsync(app, "Kim translator", "TRANSLATOR", locales: ["ko"]));
        (await new Fixtures.Editing(translator).StepAsync("submitForReview", "STORY", id, "ko", 1)).Ok();

        var item = Assert.Single(Items(await app.GraphQL().QueryAsync(Queue, new { b = brand.Slug })));
        Assert.Equal(("STORY", id.ToString(), brand.Slug, "ko", "IN_REVIEW"),
            (item.GetProperty("kind").GetString(), item.GetProperty("entityId").GetString(), item.GetProperty("brand").GetString(),
             item.GetProperty("locale").GetString(), item.GetProperty("status").GetString()));
        Assert.Equal("waiting ko", item.GetProperty("label").GetString());
        Assert.Equal("Kim translator", item.GetProperty("submittedBy").GetString());
        Assert.False(item.GetProperty("isSource").GetBoolean());
        Assert.True(item.GetProperty("submittedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Approved_items_come_after_those_in_review_and_drafts_and_published_ones_are_not_listed()
    {
        var brand = await SeedAsync(
            ("approved", ["vi", new V("ja", WorkflowStatus.Approved)]),
            ("inreview", ["vi", new V("ko", WorkflowStatus.InReview)]),
            ("draft", ["vi", new V("ko", WorkflowStatus.Draft)]));

        var items = Items(await app.GraphQL().QueryAsync(Queue, new { b = brand.Slug }));

        Assert.Equal(["inreview ko", "approved ja"], items.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal(["approved ja"], Items(await app.GraphQL().QueryAsync(Queue, new { b = brand.Slug, l = "JA" })).Select(i => i.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task A_translator_sees_only_the_locales_and_brands_of_the_key()
    {
        var brand = await SeedAsync(("a", ["vi", new V("ko", WorkflowStatus.InReview), new V("ja", WorkflowStatus.InReview)]));
        var other = await SeedAsync(("b", ["vi", new V("ko", WorkflowStatus.InReview)]));
        var korean = app.GraphQL(await Keys.CreateAsync(app, "ko only", "TRANSLATOR", brands: [brand.Slug], locales: ["ko"]));

        Assert.Equal(["a ko"], Items(await korean.QueryAsync(Queue)).Select(i => i.GetProperty("label").GetString()));
        Assert.Equal(["OUT_OF_SCOPE"], (await korean.QueryAsync(Queue, new { b = brand.Slug, l = "ja" })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await korean.QueryAsync(Queue, new { b = other.Slug })).ErrorCodes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task A_page_size_out_of_range_is_refused(int first) =>
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await app.GraphQL().QueryAsync(Queue, new { f = first })).ErrorCodes);

    [Fact]
    public async Task The_statement_count_does_not_grow_with_the_items_waiting()
    {
        await app.ListeningAsync();
        var few = await SeedAsync([.. Enumerable.Range(0, 2).Select(i => ($"f{i}", new V[] { "vi", new("ko", WorkflowStatus.InReview) }))]);
        var many = await SeedAsync([.. Enumerable.Range(0, 30).Select(i => ($"m{i}", new V[] { "vi", new("ko", WorkflowStatus.InReview), new("ja", WorkflowStatus.Approved) }))]);

        var counts = new List<int>();
        Items(await app.GraphQL().QueryAsync(Queue, new { b = few.Slug })); // the key's identity is cached after the first request
        foreach (var (brand, expected) in new[] { (few, 2), (many, 60) })
        {
            var client = app.GraphQL();
            app.Statements.Reset();
            var items = Items(await client.QueryAsync(Queue, new { b = brand.Slug, f = 500 }));
            counts.Add(app.Statements.Count);
            Assert.Equal(expected, items.Count);
        }

        Assert.Equal(counts[0], counts[1]);
    }

    [Fact]
    public async Task The_live_copy_is_what_was_published_until_the_working_copy_is_published_again()
    {
        var brand = await SeedAsync(("live", ["vi", new V("ko", WorkflowStatus.Draft)]));
        var id = (await QueryIdsAsync(brand)).Single().Id;
        const string Live = "query($id: ID!) { liveVariant(kind: STORY, id: $id, locale: \"ko\") { locale revision fields { name value } } }";

        Assert.Equal(JsonValueKind.Null, (await app.GraphQL().QueryAsync(Live, new { id })).Ok().GetProperty("liveVariant").ValueKind);

        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "STORY", id, "ko", 1)).Ok();
        }

        await editing.UpsertOkAsync("STORY", id, "ko", 1, new { title = "새 제목" });
        var live = (await app.GraphQL().QueryAsync(Live, new { id })).Ok().GetProperty("liveVariant");
        Assert.Equal("live ko", Fixtures.Editing.Field(live, "title"));
        Assert.Equal(1, live.GetProperty("revision").GetInt32());
        Assert.Equal("새 제목", Fixtures.Editing.Field(await editing.VariantAsync("STORY", id, "ko"), "title"));
    }

    [Fact]
    public async Task Another_brands_variant_is_out_of_scope_for_a_brand_scoped_key()
    {
        var brand = await SeedAsync(("mine", ["vi", "ko"]));
        var other = await SeedAsync(("theirs", ["vi", "ko"]));
        var id = (await QueryIdsAsync(other)).Single().Id;
        var scoped = app.GraphQL(await Keys.CreateAsync(app, "one brand", "REVIEWER", brands: [brand.Slug]));

        var response = await scoped.QueryAsync("query($id: ID!) { liveVariant(kind: STORY, id: $id, locale: \"ko\") { revision } }", new { id });

        Assert.Equal(["OUT_OF_SCOPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_xliff_export_can_be_limited_to_some_kinds_of_content()
    {
        var brand = await SeedAsync(("only", ["vi"]));
        const string Export = "query($b: String!, $k: [ContentKind!]) { xliffExport(brand: $b, locale: \"ko\", kinds: $k) { unitCount content } }";

        var stories = (await app.GraphQL().QueryAsync(Export, new { b = brand.Slug, k = new[] { "STORY" } })).Ok().GetProperty("xliffExport");
        var brands = (await app.GraphQL().QueryAsync(Export, new { b = brand.Slug, k = new[] { "BRAND" } })).Ok().GetProperty("xliffExport");
        var all = (await app.GraphQL().QueryAsync(Export, new { b = brand.Slug })).Ok().GetProperty("xliffExport");

        Assert.Contains("STORY.", stories.GetProperty("content").GetString());
        Assert.DoesNotContain("BRAND.", stories.GetProperty("content").GetString());
        Assert.DoesNotContain("STORY.", brands.GetProperty("content").GetString());
        Assert.Equal(all.GetProperty("unitCount").GetInt32(), stories.GetProperty("unitCount").GetInt32() + brands.GetProperty("unitCount").GetInt32());
    }

    private async Task<List<(Guid Id, string Title)>> QueryIdsAsync(Brand brand)
    {
        await using var db = app.OpenDb();
        return db.Set<BrandContent.Stories.StoryVariant>()
            .Where(v => v.BrandId == brand.Id && v.Locale == "vi" && !v.IsLive)
            .Select(v => new { v.StoryId, v.Title })
            .AsEnumerable()
            .Select(v => (v.StoryId, v.Title!))
            .ToList();
    }
}
