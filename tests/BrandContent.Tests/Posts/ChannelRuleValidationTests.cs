using System.Text;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Posts;

/// <summary>A post's variant is checked against the rules of every channel it targets, every broken rule in one error, each naming its channel.</summary>
public sealed class ChannelRuleValidationTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly PostScene scene = new(app);

    [Fact]
    public async Task Korean_text_over_140_characters_for_X_in_KR_is_refused_naming_x()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"], ["KR"]);

        // X weighs a Hangul syllable 2 of its 280: 140 fit, 141 do not.
        var refused = await scene.UpsertAsync(id, "ko", new { text = new string('한', 141) });
        var problem = Assert.Single(PostScene.Problems(refused));
        Assert.Equal(("text", "CHANNEL_LIMIT"), (problem.Field, problem.Rule));
        Assert.Contains("channel x", problem.Message);
        Assert.Contains("282", problem.Message);

        var accepted = await scene.UpsertAsync(id, "ko", new { text = new string('한', 140) });
        Assert.Equal(140, Fixtures.Editing.Field(accepted.Ok().GetProperty("upsertVariant"), "text")!.Length);
    }

    [Fact]
    public async Task A_post_for_YouTube_without_a_video_is_refused_with_MEDIA_REQUIRED_and_an_image_with_MEDIA_KIND()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["youtube"]);

        var none = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = "Cao nguyên gặp biển" }));
        Assert.Equal([("media", "MEDIA_REQUIRED")], none.Select(p => (p.Field, p.Rule)));
        Assert.Contains("channel youtube", none[0].Message);

        var image = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = "Cao nguyên gặp biển", media = brand.Image.Id.ToString() }));
        Assert.Equal([("media", "MEDIA_KIND")], image.Select(p => (p.Field, p.Rule)));

        (await scene.UpsertAsync(id, "vi", new { text = "Cao nguyên gặp biển", media = brand.Video.Id.ToString() })).Ok();
    }

    [Fact]
    public async Task A_radio_script_with_a_link_is_refused_with_LINK_NOT_ALLOWED_and_its_reading_time_is_estimated()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["commune-radio"], ["VN"]);
        const string Script = "Kính thưa bà con, tối thứ bảy này nhà văn hóa tổ chức đêm cồng chiêng, mời bà con đến dự.";

        var linked = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { script = Script, link = "https://gialai.gov.vn/le-hoi" }));
        Assert.Equal([("link", "LINK_NOT_ALLOWED")], linked.Select(p => (p.Field, p.Rule)));
        Assert.Contains("channel commune-radio", linked[0].Message);

        // A URL read out in the script is a link too, reported on the script.
        var inScript = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { script = Script + " Xem https://gialai.gov.vn" }));
        Assert.Equal([("script", "LINK_NOT_ALLOWED")], inScript.Select(p => (p.Field, p.Rule)));

        // Radio reads the script, not the text: without one the channel has nothing to say.
        var noScript = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = Script }));
        Assert.Equal([("script", "CHANNEL_TEXT_REQUIRED")], noScript.Select(p => (p.Field, p.Rule)));

        await scene.PublishAsync(id, "vi", new { script = Script });
        var post = PostScene.Post(await app.GraphQL().QueryAsync("query($id: ID!) { channelPost(id: $id) { script estimatedReadingSeconds link } }", new { id }));
        Assert.Equal(Script, post.GetProperty("script").GetString());
        // 21 syllables at 180 a minute.
        Assert.Equal(7, post.GetProperty("estimatedReadingSeconds").GetInt32());
    }

    [Fact]
    public async Task A_radio_script_too_long_to_read_in_two_minutes_is_refused_with_READING_TIME()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["commune-radio"], ["VN"]);
        var script = string.Join(' ', Enumerable.Repeat("bà con", 200));

        var problems = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { script }));
        Assert.Equal([("script", "READING_TIME")], problems.Select(p => (p.Field, p.Rule)));
    }

    [Fact]
    public async Task Every_broken_rule_of_every_channel_comes_in_one_error_each_naming_its_channel()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x", "youtube", "commune-radio", "banner"], ["KR", "VN"]);

        var response = await scene.UpsertAsync(id, "vi", new
        {
            text = new string('a', 300),
            link = "https://gialai.gov.vn",
            script = "Kính thưa bà con",
            hashtags = "GiaLai\nDaiNganGapBien",
        });

        var problems = PostScene.Problems(response);
        Assert.Single(response.Errors);
        Assert.Contains(problems, p => p.Field == "text" && p.Rule == "CHANNEL_LIMIT" && p.Message.Contains("channel x"));
        Assert.Contains(problems, p => p.Field == "media" && p.Rule == "MEDIA_REQUIRED" && p.Message.Contains("channel youtube"));
        Assert.Contains(problems, p => p.Field == "link" && p.Rule == "LINK_NOT_ALLOWED" && p.Message.Contains("channel commune-radio"));
        Assert.Contains(problems, p => p.Field == "hashtags" && p.Rule == "HASHTAGS" && p.Message.Contains("channel commune-radio"));
        Assert.Contains(problems, p => p.Field == "slogan" && p.Rule == "CHANNEL_TEXT_REQUIRED" && p.Message.Contains("channel banner"));
        Assert.Contains(problems, p => p.Field == "link" && p.Rule == "LINK_NOT_ALLOWED" && p.Message.Contains("channel banner"));
        Assert.Contains(problems, p => p.Field == "hashtags" && p.Rule == "HASHTAGS" && p.Message.Contains("channel banner"));
        Assert.Equal(7, problems.Count);

        await using var db = app.OpenDb();
        Assert.False(await db.ChannelPostVariants.AnyAsync(v => v.PostId == id));
    }

    [Fact]
    public async Task Vietnamese_with_combining_marks_and_emoji_counts_the_characters_people_see()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["short-test"]);

        // "Đắk Nông 🇻🇳" written with combining marks (NFD): 10 graphemes in 16 UTF-16 code units.
        var text = "Đắk Nông 🇻🇳".Normalize(NormalizationForm.FormD);
        Assert.True(text.Length > 10);
        (await scene.UpsertAsync(id, "vi", new { text })).Ok();

        var longer = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = text + "!" }, expectedRevision: 1));
        Assert.Equal([("text", "CHANNEL_LIMIT")], longer.Select(p => (p.Field, p.Rule)));
        Assert.Contains("11", longer[0].Message);
    }

    [Fact]
    public async Task Hashtags_are_stored_without_hash_once_each_and_malformed_ones_are_refused()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"]);

        var saved = (await scene.UpsertAsync(id, "vi", new { text = "Cồng chiêng", hashtags = "#GiaLai\n  ＃CồngChiêng \ngialai\nlễ_hội_2026" })).Ok().GetProperty("upsertVariant");
        Assert.Equal("GiaLai\nCồngChiêng\nlễ_hội_2026", Fixtures.Editing.Field(saved, "hashtags"));

        var bad = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { hashtags = "two words\nin#side\n2026\n" + new string('a', 101) }, expectedRevision: 1));
        Assert.Equal(4, bad.Count);
        Assert.All(bad, p => Assert.Equal(("hashtags", "HASHTAG_FORMAT"), (p.Field, p.Rule)));
    }

    [Fact]
    public async Task Media_must_be_assets_of_the_posts_brand_with_no_more_alt_texts_than_media()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"]);

        var problems = PostScene.Problems(await scene.UpsertAsync(id, "vi", new
        {
            text = "Ảnh",
            media = $"{other.Image.Id}\n{Guid.NewGuid()}\n{brand.Image.Id}",
            altTexts = "một\nhai\nba\nbốn",
        }));
        Assert.Equal(
            [("altTexts", "RANGE"), ("media", "REFERENCE"), ("media", "REFERENCE")],
            problems.Select(p => (p.Field, p.Rule)).Order());
        Assert.Contains(problems, p => p.Message.Contains(other.Image.Id.ToString()));

        var forged = PostScene.Problems(await scene.UpsertAsync(id, "vi", new { text = "Ảnh", media = "not-an-id" }));
        Assert.Equal([("media", "REFERENCE")], forged.Select(p => (p.Field, p.Rule)));

        var saved = (await scene.UpsertAsync(id, "vi", new { text = "Ảnh", media = $"{brand.Video.Id}\n{brand.Image.Id}", altTexts = "Đoạn phim\nBức ảnh" })).Ok();
        Assert.Equal($"{brand.Video.Id}\n{brand.Image.Id}", Fixtures.Editing.Field(saved.GetProperty("upsertVariant"), "media"));
    }

    [Fact]
    public async Task Submitting_and_publishing_check_the_channels_rules_again()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["short-test"]);
        (await scene.UpsertAsync(id, "vi", new { text = "Mười chữ" })).Ok();

        // The channel's limit is lowered after the text was saved: the text no longer goes to review.
        await using (var db = app.OpenDb())
        {
            var channel = await db.Channels.AsTracking().SingleAsync(c => c.Code == "short-test");
            channel.Rules = channel.Rules with { MaxTextLength = 5 };
            await db.SaveChangesAsync();
        }

        try
        {
            var submit = await scene.Editing.StepAsync("submitForReview", PostScene.Kind, id, "vi", 1);
            Assert.Equal([("text", "CHANNEL_LIMIT")], PostScene.Problems(submit).Select(p => (p.Field, p.Rule)));
            Assert.Equal("DRAFT", (await scene.Editing.VariantAsync(PostScene.Kind, id, "vi")).GetProperty("status").GetString());
        }
        finally
        {
            await scene.EnsureChannelsAsync();
        }
    }

    [Fact]
    public async Task Adding_a_channel_a_published_variant_breaks_is_refused_naming_the_locale()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"]);
        await scene.PublishAsync(id, "vi", new { text = "Đêm hội cồng chiêng Pleiku, mời bạn đến!" });

        var response = await app.GraphQL().QueryAsync(
            "mutation($id: ID!, $i: ChannelPostInput!) { updateChannelPost(id: $id, input: $i) { id } }",
            new { id, i = new { channels = new[] { "x", "short-test", "youtube" }, markets = new[] { "KR" } } });
        Assert.Equal(
            [("variants.vi.media", "MEDIA_REQUIRED"), ("variants.vi.text", "CHANNEL_LIMIT")],
            PostScene.Problems(response).Select(p => (p.Field, p.Rule)).Order());

        await using var db = app.OpenDb();
        Assert.Equal(["x"], (await db.ChannelPosts.SingleAsync(p => p.Id == id)).Channels);
    }
}
