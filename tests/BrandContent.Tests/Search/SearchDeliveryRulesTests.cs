using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>Search finds exactly what delivery serves, to exactly whom delivery serves it, in the variant the chain serves.</summary>
public sealed class SearchDeliveryRulesTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Drafts_scheduled_expired_and_archived_content_is_never_found()
    {
        var brand = TestContent.Brand();
        var now = DateTimeOffset.UtcNow;
        var published = SearchScene.Story(brand, ("vi", "Lễ hội dã quỳ đã đăng", null));
        var draft = SearchScene.Story(brand, (new V("vi", WorkflowStatus.Draft), "Lễ hội dã quỳ bản nháp", null));
        var inReview = SearchScene.Story(brand, (new V("vi", WorkflowStatus.InReview), "Lễ hội dã quỳ chờ duyệt", null));
        var future = SearchScene.Story(brand, (new V("vi", PublishAt: now.AddDays(1)), "Lễ hội dã quỳ sắp đăng", null));
        var over = SearchScene.Story(brand, (new V("vi", UnpublishAt: now.AddMinutes(-1)), "Lễ hội dã quỳ đã gỡ", null));
        var archived = SearchScene.Story(brand, ("vi", "Lễ hội dã quỳ đã lưu trữ", null));
        archived.ArchivedAt = now.AddDays(-1);
        await app.SaveAsync(brand, published, draft, inReview, future, over, archived);

        Assert.Equal([published.Id], (await app.GraphQL().SearchAsync("da quy", brand)).Found());
    }

    [Fact]
    public async Task Assets_are_found_by_title_caption_and_alt_text_but_never_once_their_rights_expired()
    {
        var brand = TestContent.Brand();
        var byTitle = SearchScene.Asset(brand, null, ("vi", "Hoa dã quỳ", null, null));
        var byCaption = SearchScene.Asset(brand, DateTimeOffset.UtcNow.AddDays(30), ("vi", "Ảnh 1", "Đồi dã quỳ lúc bình minh", null));
        var byAltText = SearchScene.Asset(brand, null, ("vi", "Ảnh 2", null, "Cánh đồng dã quỳ vàng"));
        var expired = SearchScene.Asset(brand, DateTimeOffset.UtcNow.AddMinutes(-1), ("vi", "Dã quỳ hết bản quyền", null, null));
        var archived = SearchScene.Asset(brand, null, ("vi", "Dã quỳ lưu trữ", null, null));
        archived.ArchivedAt = DateTimeOffset.UtcNow;
        await app.SaveAsync(brand, byTitle, byCaption, byAltText, expired, archived);

        var found = (await app.GraphQL().SearchAsync("da quy", brand, kinds: ["ASSET"])).Found();

        Assert.Equal(new[] { byTitle.Id, byCaption.Id, byAltText.Id }.Order(), found.Order());
    }

    [Fact]
    public async Task Every_searchable_kind_is_found_with_its_kind_and_its_own_object_type()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Cồng chiêng trong đêm", null));
        var @event = SearchScene.Event(brand, ("vi", "Đêm hội cồng chiêng", null));
        var message = SearchScene.KeyMessage(brand, [], ("vi", "Cồng chiêng là di sản sống", null));
        var pillar = SearchScene.Pillar(brand, "gongs", ("vi", "Không gian cồng chiêng", null));
        var asset = SearchScene.Asset(brand, null, ("vi", "Bộ cồng chiêng Jrai", null, null));
        await app.SaveAsync(brand, story, @event, message, pillar, asset);

        var edges = (await app.GraphQL().SearchAsync("cong chieng", brand)).Edges();

        Assert.Equal(
            ["ASSET:Asset", "EVENT:Event", "KEY_MESSAGE:KeyMessage", "PILLAR:Pillar", "STORY:Story"],
            edges.Select(e => $"{e.GetProperty("kind").GetString()}:{e.GetProperty("node").GetProperty("__typename").GetString()}").Order());
        var onlyEvents = (await app.GraphQL().SearchAsync("cong chieng", brand, kinds: ["EVENT"])).Found();
        Assert.Equal([@event.Id], onlyEvents);
    }

    [Fact]
    public async Task A_hit_matches_the_text_the_chain_serves_so_the_English_site_finds_English_words()
    {
        var brand = TestContent.Brand();
        var translated = SearchScene.Story(brand, ("vi", "Lễ hội hoa dã quỳ", null), ("en", "Wild sunflower festival", null));
        var vietnameseOnly = SearchScene.Story(brand, ("vi", "Festival âm nhạc Pleiku", null));
        await app.SaveAsync(brand, translated, vietnameseOnly);
        var client = app.GraphQL();

        var english = (await client.SearchAsync("festivals", brand, "en")).Edges();
        Assert.Equal(new[] { translated.Id, vietnameseOnly.Id }.Order(), english.Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).Order());
        var served = english.ToDictionary(e => e.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal("en", served[translated.Id].GetProperty("locale").GetString());
        Assert.False(served[translated.Id].GetProperty("node").GetProperty("isFallback").GetBoolean());
        Assert.Equal("vi", served[vietnameseOnly.Id].GetProperty("node").GetProperty("locale").GetString());
        Assert.True(served[vietnameseOnly.Id].GetProperty("node").GetProperty("isFallback").GetBoolean());

        // The Vietnamese words of a story the English site serves in English are not what its readers see.
        Assert.Empty((await client.SearchAsync("le hoi", brand, "en")).Edges());
        Assert.Equal([translated.Id], (await client.SearchAsync("le hoi", brand, "vi")).Found());
        Assert.Equal([translated.Id], (await client.SearchAsync("sunflower", brand, "ko", locales: ["en"])).Found());
        Assert.Equal([translated.Id], (await client.SearchAsync("sunflower", brand, locale: null, market: "KR")).Found());
    }

    [Fact]
    public async Task Key_messages_are_found_by_partners_and_never_by_public_keys()
    {
        var brand = TestContent.Brand();
        var message = SearchScene.KeyMessage(brand, [], ("vi", "Cồng chiêng là di sản sống", null));
        var story = SearchScene.Story(brand, ("vi", "Đêm cồng chiêng", null));
        await app.SaveAsync(brand, message, story);
        var publicKey = await Keys.CreateAsync(app, "search-public", "PUBLIC");
        var partnerKey = await Keys.CreateAsync(app, "search-partner", "PARTNER");

        Assert.Equal([story.Id], (await app.GraphQL(publicKey).SearchAsync("cong chieng", brand)).Found());
        var asked = await app.GraphQL(publicKey).SearchAsync("cong chieng", brand, kinds: ["KEY_MESSAGE"]);
        Assert.Equal(["FORBIDDEN"], asked.ErrorCodes);
        Assert.Equal(new[] { message.Id, story.Id }.Order(), (await app.GraphQL(partnerKey).SearchAsync("cong chieng", brand)).Found().Order());
    }

    [Fact]
    public async Task A_public_key_never_finds_working_copies_since_search_has_no_preview()
    {
        var brand = TestContent.Brand();
        var draft = SearchScene.Story(brand, (new V("vi", WorkflowStatus.Draft), "Cồng chiêng bản nháp", null));
        await app.SaveAsync(brand, draft);

        var answer = await app.GraphQL().QueryAsync(
            "query($b: String!) { search(text: \"cong chieng\", brand: $b, preview: true) { edges { kind } } }", new { b = brand.Slug });

        Assert.NotEmpty(answer.Errors);
        Assert.Empty((await app.GraphQL().SearchAsync("cong chieng", brand)).Edges());
    }

    [Fact]
    public async Task A_key_scoped_to_brands_and_markets_searches_only_those()
    {
        var brand = TestContent.Brand();
        var other = TestContent.Brand();
        var forKorea = SearchScene.KeyMessage(brand, ["KR"], ("vi", "Cồng chiêng cho Hàn Quốc", null));
        var forJapan = SearchScene.KeyMessage(brand, ["JP"], ("vi", "Cồng chiêng cho Nhật Bản", null));
        var forAll = SearchScene.KeyMessage(brand, [], ("vi", "Cồng chiêng cho mọi thị trường", null));
        await app.SaveAsync(brand, forKorea, forJapan, forAll);
        await app.SaveAsync(other, SearchScene.Story(other, ("vi", "Cồng chiêng nơi khác", null)));
        var scoped = await Keys.CreateAsync(app, "search-kr", "PARTNER", brands: [brand.Slug], markets: ["KR"]);
        var client = app.GraphQL(scoped);

        Assert.Equal(new[] { forKorea.Id, forAll.Id }.Order(), (await client.SearchAsync("cong chieng", brand, kinds: ["KEY_MESSAGE"])).Found().Order());
        Assert.Equal(new[] { forKorea.Id, forAll.Id }.Order(), (await client.SearchAsync("cong chieng", brand, market: "KR", kinds: ["KEY_MESSAGE"])).Found().Order());
        Assert.Equal(["OUT_OF_SCOPE"], (await client.SearchAsync("cong chieng", brand, market: "JP")).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.SearchAsync("cong chieng", other)).ErrorCodes);
    }

    [Fact]
    public async Task The_pillar_filter_keeps_the_pillar_its_stories_its_assets_and_its_key_messages()
    {
        var brand = TestContent.Brand();
        var gongs = SearchScene.Pillar(brand, "gongs", ("vi", "Cồng chiêng Tây Nguyên", null));
        var volcano = SearchScene.Pillar(brand, "volcano", ("vi", "Núi lửa và cồng chiêng", null));
        var inPillar = SearchScene.Story(brand, ("vi", "Đêm cồng chiêng", null)).WithPillars(gongs);
        var elsewhere = SearchScene.Story(brand, ("vi", "Cồng chiêng trên núi lửa", null)).WithPillars(volcano);
        var message = SearchScene.KeyMessage(brand, [], ("vi", "Cồng chiêng là di sản", null));
        message.PillarId = gongs.Id;
        var asset = SearchScene.Asset(brand, null, ("vi", "Bộ cồng chiêng", null, null));
        asset.Pillars = [new BrandContent.Assets.AssetPillar { AssetId = asset.Id, PillarId = gongs.Id }];
        var otherAsset = SearchScene.Asset(brand, null, ("vi", "Cồng chiêng khác", null, null));
        var @event = SearchScene.Event(brand, ("vi", "Lễ hội cồng chiêng", null));
        await app.SaveAsync(brand, gongs, volcano, inPillar, elsewhere, message, asset, otherAsset, @event);

        var found = (await app.GraphQL().SearchAsync("cong chieng", brand, pillar: "gongs")).Found();

        Assert.Equal(new[] { gongs.Id, inPillar.Id, message.Id, asset.Id }.Order(), found.Order());
        Assert.Equal(["PILLAR_NOT_FOUND"], (await app.GraphQL().SearchAsync("cong chieng", brand, pillar: "nope")).ErrorCodes);
    }

    [Fact]
    public async Task The_snippet_escapes_every_stored_character_and_marks_only_the_matches()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("en", "<script>alert('x')</script> festival & \"more\" <b>festival</b>", null));
        await app.SaveAsync(brand, story);

        var snippet = Assert.Single((await app.GraphQL().SearchAsync("festival", brand, "en")).Edges()).GetProperty("snippet").GetString()!;

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>festival</mark> &amp; &quot;more&quot; &lt;b&gt;<mark>festival</mark>&lt;/b&gt;", snippet);
    }

    [Fact]
    public async Task A_CJK_snippet_escapes_the_text_around_the_match()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "x", null), ("zh-Hans", "<i>野生</i>向日葵花海 & 火山", null));
        await app.SaveAsync(brand, story);

        var snippet = Assert.Single((await app.GraphQL().SearchAsync("向日葵", brand, "zh-Hans")).Edges()).GetProperty("snippet").GetString();

        Assert.Equal("&lt;i&gt;野生&lt;/i&gt;<mark>向日葵</mark>花海 &amp; 火山", snippet);
    }

    [Fact]
    public async Task Searching_an_unsearchable_kind_is_a_clear_error()
    {
        var brand = TestContent.Brand();
        await app.SaveAsync(brand);

        var answer = await app.GraphQL().SearchAsync("cong chieng", brand, kinds: ["CHANNEL_POST"]);

        Assert.Equal(["SEARCH_KIND_NOT_SEARCHABLE"], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_search_is_answered_from_the_response_cache_until_the_brand_publishes()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Cồng chiêng", null));
        await app.SaveAsync(brand, story);
        var client = app.GraphQL();
        (await client.SearchAsync("cong chieng", brand)).Ok();

        app.Statements.Reset();
        var cached = await client.SearchAsync("cong chieng", brand);
        Assert.Equal(0, app.Statements.Count);
        Assert.Equal([story.Id], cached.Found());
        Assert.Contains($"brand-{brand.Slug}", cached.Headers["Surrogate-Key"].Split(' '));

        await RepublishAsync(story.Id, "Dã quỳ");
        Assert.Empty((await client.SearchAsync("cong chieng", brand)).Edges());
        Assert.Equal([story.Id], (await client.SearchAsync("da quy", brand)).Found());
    }

    private async Task RepublishAsync(Guid story, string title)
    {
        var editing = new Fixtures.Editing(app.GraphQL());
        var revision = (await editing.VariantAsync("STORY", story, "vi")).GetProperty("revision").GetInt32();
        revision = (await editing.UpsertOkAsync("STORY", story, "vi", revision, new { title })).GetProperty("revision").GetInt32();
        (await editing.StepAsync("submitForReview", "STORY", story, "vi", revision)).Ok();
        (await editing.StepAsync("approve", "STORY", story, "vi", revision)).Ok();
        (await editing.StepAsync("publish", "STORY", story, "vi", revision)).Ok();
    }
}
