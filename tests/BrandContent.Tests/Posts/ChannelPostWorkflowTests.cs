using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Posts;

/// <summary>A post goes through the same workflow, history, outdated detection, queue, glossary and XLIFF as every kind.</summary>
public sealed class ChannelPostWorkflowTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Text = "Đêm hội cồng chiêng Gia Lai: mời bạn đến Pleiku!";

    private readonly PostScene scene = new(app);
    private readonly XliffFiles xliff = new(app);

    [Fact]
    public async Task A_post_goes_from_draft_through_review_to_published_with_its_history()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x", "youtube"], ["KR", "JP"]);
        await scene.PublishAsync(id, "vi", new { text = Text, hashtags = "GiaLai", media = brand.Video.Id.ToString(), altTexts = "Cồng chiêng bên bếp lửa" });

        var history = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { variantHistory(kind: CHANNEL_POST, id: $id, locale: \"vi\") { revision action changedFields } }", new { id }))
            .Ok().GetProperty("variantHistory").EnumerateArray().ToList();
        Assert.Equal(["PUBLISHED", "APPROVED", "SUBMITTED_FOR_REVIEW", "CREATED"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(["text", "hashtags", "media", "altTexts"], history[^1].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));

        var post = PostScene.Post(await app.GraphQL().QueryAsync(
            "query($id: ID!) { channelPost(id: $id, market: \"KR\") { locale isFallback text hashtags media { asset { id kind } altText } } }", new { id }));
        Assert.Equal(("vi", true, Text), (post.GetProperty("locale").GetString(), post.GetProperty("isFallback").GetBoolean(), post.GetProperty("text").GetString()));
        Assert.Equal(["GiaLai"], post.GetProperty("hashtags").EnumerateArray().Select(h => h.GetString()));
        var medium = Assert.Single(post.GetProperty("media").EnumerateArray());
        Assert.Equal(("VIDEO", "Cồng chiêng bên bếp lửa"), (medium.GetProperty("asset").GetProperty("kind").GetString(), medium.GetProperty("altText").GetString()));
    }

    [Fact]
    public async Task A_translation_starts_with_the_sources_media_and_link_and_is_outdated_when_the_source_changes()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["youtube"], ["KR"]);
        await scene.PublishAsync(id, "vi", new { text = Text, media = brand.Video.Id.ToString(), link = "https://gialai.gov.vn/cong-chieng" });

        // The Korean text alone: YouTube's video and the link come from the source.
        var ko = (await scene.UpsertAsync(id, "ko", new { text = "플레이쿠 징 축제에 오세요!" })).Ok().GetProperty("upsertVariant");
        Assert.Equal(brand.Video.Id.ToString(), Fixtures.Editing.Field(ko, "media"));
        Assert.Equal("https://gialai.gov.vn/cong-chieng", Fixtures.Editing.Field(ko, "link"));
        Assert.False(ko.GetProperty("outdated").GetBoolean());

        await scene.UpsertAsync(id, "vi", new { text = Text + " Tháng 11." }, expectedRevision: 1);
        Assert.True((await scene.Editing.VariantAsync(PostScene.Kind, id, "ko")).GetProperty("outdated").GetBoolean());

        var queue = (await app.GraphQL().QueryAsync(
            "query($b: String!) { translationQueue(locale: \"ko\", brand: $b) { kind entityId state label } }", new { b = brand.Slug }))
            .Ok().GetProperty("translationQueue").EnumerateArray().ToList();
        var item = Assert.Single(queue, i => i.GetProperty("entityId").GetGuid() == id);
        Assert.Equal(("CHANNEL_POST", "OUTDATED", "플레이쿠 징 축제에 오세요!"), (item.GetProperty("kind").GetString(), item.GetProperty("state").GetString(), item.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task A_post_goes_through_XLIFF_with_its_texts_and_without_its_media_or_link()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"], ["KR"]);
        (await scene.UpsertAsync(id, "vi", new
        {
            text = "Cồng chiêng & <rượu cần> \"đêm hội\"",
            hashtags = "GiaLai\nCồngChiêng",
            media = brand.Image.Id.ToString(),
            altTexts = "Nghệ nhân đánh cồng",
            script = "Kính thưa bà con",
            slogan = "Gia Lai – đại ngàn gặp biển",
        })).Ok();

        var content = await xliff.ContentAsync("ja", brand.Slug);
        var units = XliffFiles.Units(content);
        string Unit(string field) => $"CHANNEL_POST.{id:D}.{field}";
        Assert.Equal(
            new[] { "text", "hashtags", "altTexts", "script", "slogan" }.Select(Unit),
            units.Keys.Where(k => k.StartsWith("CHANNEL_POST.", StringComparison.Ordinal)));
        Assert.Equal("Cồng chiêng & <rượu cần> \"đêm hội\"", units[Unit("text")].Source);

        var targets = new Dictionary<string, string>
        {
            [Unit("text")] = "ゴング & <酒壺> 「夜祭り」",
            [Unit("hashtags")] = "ザライ\nゴング",
            [Unit("altTexts")] = "ゴングを打つ職人",
            [Unit("script")] = "皆さま",
            [Unit("slogan")] = "ザライ – 森と海",
        };
        var imported = (await xliff.ImportAsync(XliffFiles.WithTargets(content, targets))).Ok().GetProperty("importXliff");
        var changed = Assert.Single(imported.GetProperty("changed").EnumerateArray(), c => c.GetProperty("entityId").GetGuid() == id);
        Assert.Equal(["text", "hashtags", "altTexts", "script", "slogan"], changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        var ja = await scene.Editing.VariantAsync(PostScene.Kind, id, "ja");
        Assert.Equal("ゴング & <酒壺> 「夜祭り」", Fixtures.Editing.Field(ja, "text"));
        Assert.Equal("ザライ\nゴング", Fixtures.Editing.Field(ja, "hashtags"));
        Assert.Equal(brand.Image.Id.ToString(), Fixtures.Editing.Field(ja, "media"));

        // A unit for the media ids is not one the API exports: refused, nothing written.
        var forged = content.Replace($"{Unit("text")}\"", $"{Unit("media")}\"", StringComparison.Ordinal);
        Assert.Contains(XliffFiles.Problems(await xliff.ImportAsync(XliffFiles.WithTargets(forged, new Dictionary<string, string> { [Unit("media")] = Guid.NewGuid().ToString() }))),
            p => p.Rule == "XLIFF_UNIT");
    }

    [Fact]
    public async Task A_translation_breaking_the_channel_rules_is_refused_in_an_XLIFF_import_with_its_line()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"], ["KR", "JP"]);
        (await scene.UpsertAsync(id, "vi", new { text = Text })).Ok();
        var content = await xliff.ContentAsync("ja", brand.Slug);
        var unit = $"CHANNEL_POST.{id:D}.text";

        var problems = XliffFiles.Problems(await xliff.ImportAsync(XliffFiles.WithTargets(content, new Dictionary<string, string> { [unit] = new string('祭', 141) })));
        var problem = Assert.Single(problems);
        Assert.Equal("CHANNEL_LIMIT", problem.Rule);
        Assert.Contains(unit, problem.Field);
        Assert.Contains("channel x", problem.Message);
    }

    [Fact]
    public async Task Glossary_terms_are_checked_in_a_posts_translation()
    {
        var brand = await scene.BrandAsync();
        (await app.GraphQL().QueryAsync(
            "mutation($b: String!) { upsertGlossaryTerm(brand: $b, term: \"Pleiku\", doNotTranslate: true) { term } }", new { b = brand.Slug })).Ok();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"], ["KR"]);
        (await scene.UpsertAsync(id, "vi", new { text = Text })).Ok();
        (await scene.UpsertAsync(id, "ko", new { text = "플레이쿠 징 축제" })).Ok();

        var submitted = (await scene.Editing.StepAsync("submitForReview", PostScene.Kind, id, "ko", 1)).Ok().GetProperty("submitForReview");
        var warning = Assert.Single(submitted.GetProperty("glossaryWarnings").EnumerateArray());
        Assert.Equal(("text", "Pleiku", "DO_NOT_TRANSLATE_ALTERED"),
            (warning.GetProperty("field").GetString(), warning.GetProperty("term").GetString(), warning.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Markup_and_control_characters_in_a_post_are_plain_text_or_refused_never_a_server_error()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["youtube"], ["KR"]);
        const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)> **đậm**";

        var control = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = "Chuông\u0007 reo", media = brand.Video.Id.ToString(), altTexts = "a\u001b[31m" }));
        Assert.Equal([("altTexts", "CONTROL_CHARACTER"), ("text", "CONTROL_CHARACTER")], control.Select(p => (p.Field, p.Rule)).Order());
        Assert.Contains("U+0007", control.Single(p => p.Field == "text").Message);

        var huge = await scene.UpsertAsync(id, "vi", new { text = new string('a', 70_000), media = brand.Video.Id.ToString() });
        Assert.Equal([("text", "MAX_LENGTH")], PostScene.Problems(huge).Select(p => (p.Field, p.Rule)));

        var nul = await scene.UpsertAsync(id, "vi", new { text = "a\u0000b" });
        Assert.NotEmpty(nul.Errors);
        Assert.DoesNotContain("INTERNAL_ERROR", nul.ErrorCodes);

        await scene.PublishAsync(id, "vi", new { text = Markup, media = brand.Video.Id.ToString(), altTexts = "<b>Phim</b>", hashtags = "GiaLai" });
        var post = PostScene.Post(await app.GraphQL().QueryAsync("query($id: ID!) { channelPost(id: $id) { text media { altText } } }", new { id }));
        Assert.Equal(Markup, post.GetProperty("text").GetString());
        Assert.Equal("<b>Phim</b>", post.GetProperty("media")[0].GetProperty("altText").GetString());

        // No field of a post renders HTML.
        var fields = (await app.GraphQL().QueryAsync("{ __type(name: \"ChannelPost\") { fields { name } } }")).Ok()
            .GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);
        Assert.DoesNotContain(fields, f => f.Contains("Html", StringComparison.OrdinalIgnoreCase));
    }
}
