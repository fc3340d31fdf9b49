using BrandContent.Assets;
using BrandContent.Channels;
using BrandContent.Editing;

namespace BrandContent.Tests.Channels;

public sealed class ChannelRuleCheckTests
{
    private static Channel Channel(string code, ChannelRules rules) => new() { Code = code, Kind = ChannelKind.Social, Rules = rules };

    private static PostContent Post(string text, string locale = "vi", string[]? hashtags = null, string? link = null, params PostMedia[] media) =>
        new(locale, text, hashtags ?? [], link, media);

    private static List<(string Field, string Rule, object?[] Arguments)> Problems(Channel channel, PostContent post) =>
        ChannelRuleCheck.Check(channel, post).Select(p => (p.Field, p.Rule, p.Arguments)).ToList();

    // Field, rule and arguments in one comparable string: "media MEDIA_KIND x|IMAGE, VIDEO|DOCUMENT".
    private static List<string> Described(Channel channel, PostContent post) =>
        ChannelRuleCheck.Check(channel, post).Select(p => $"{p.Field} {p.Rule} {string.Join('|', p.Arguments)}").ToList();

    [Fact]
    public void A_post_within_every_rule_has_no_problem()
    {
        var x = Channel("x", new ChannelRules { MaxTextLength = 280, Counting = TextCounting.XWeighted, MaxHashtags = 3, MaxVideoSeconds = 140 });
        Assert.Empty(ChannelRuleCheck.Check(x, Post("Lễ hội hoa dã quỳ", hashtags: ["GiaLai"], link: "https://gialai.gov.vn", media: new PostMedia(AssetKind.Video, 30))));
    }

    [Fact]
    public void Korean_text_over_X_weighted_limit_names_the_channel_the_limit_and_the_length()
    {
        var x = Channel("x", new ChannelRules { MaxTextLength = 280, Counting = TextCounting.XWeighted });
        var problem = Assert.Single(Problems(x, Post(new string('가', 141), "ko")));
        Assert.Equal(("text", ValidationRule.ChannelLimit), (problem.Field, problem.Rule));
        Assert.Equal(["x", 280, 282], problem.Arguments);
        Assert.Empty(Problems(x, Post(new string('가', 140), "ko")));

        var facebook = Channel("facebook", new ChannelRules { MaxTextLength = 280 });
        Assert.Empty(Problems(facebook, Post(new string('가', 141), "ko")));
    }

    [Fact]
    public void Hashtags_and_the_link_count_toward_the_length_as_the_platform_receives_them()
    {
        var x = Channel("x", new ChannelRules { MaxTextLength = 30, Counting = TextCounting.XWeighted });
        // "Gia Lai" (7) + " #GiaLai" (8) + " " + URL (23) = 39
        var problem = Assert.Single(Problems(x, Post("Gia Lai", hashtags: ["#GiaLai"], link: "https://gialai.gov.vn/le-hoi")));
        Assert.Equal(["x", 30, 39], problem.Arguments);
        Assert.Equal("Gia Lai #GiaLai", ChannelRuleCheck.Published("Gia Lai #GiaLai", ["GiaLai"], null));
    }

    [Fact]
    public void Too_many_hashtags_counts_listed_and_inline_ones_once_each()
    {
        var instagram = Channel("instagram", new ChannelRules { MaxHashtags = 2 });
        var problem = Assert.Single(Problems(instagram, Post("Đến #GiaLai mùa #dãquỳ", hashtags: ["gialai", "ChuDangYa"])));
        Assert.Equal(("hashtags", ValidationRule.Hashtags), (problem.Field, problem.Rule));
        Assert.Equal(["instagram", 2, 3], problem.Arguments);
    }

    [Fact]
    public void A_required_link_or_media_missing_is_reported()
    {
        var youtube = Channel("youtube", new ChannelRules { Media = Requirement.Required, MediaKinds = [AssetKind.Video], Link = Requirement.Required });
        Assert.Equal(["link LINK_REQUIRED youtube", "media MEDIA_REQUIRED youtube"], Described(youtube, Post("Chư Đăng Ya")));
        // A URL in the text is a link too.
        Assert.Equal(["media MEDIA_REQUIRED youtube"], Described(youtube, Post("Xem https://gialai.gov.vn")));
    }

    [Fact]
    public void A_link_on_a_channel_without_links_is_refused_in_the_link_and_in_the_text()
    {
        var radio = Channel("commune-radio", new ChannelRules { Link = Requirement.NotAllowed, Media = Requirement.NotAllowed });
        Assert.Equal(
            ["link LINK_NOT_ALLOWED commune-radio", "text LINK_NOT_ALLOWED commune-radio", "media MEDIA_NOT_ALLOWED commune-radio|1"],
            Described(radio, Post("Xem tại www.gialai.gov.vn", link: "https://gialai.gov.vn", media: new PostMedia(AssetKind.Image, null))));
    }

    [Fact]
    public void Media_of_a_kind_the_channel_does_not_take_and_too_long_videos_are_reported()
    {
        var x = Channel("x", new ChannelRules { MediaKinds = [AssetKind.Image, AssetKind.Video], MaxVideoSeconds = 140 });
        Assert.Equal(
            ["media MEDIA_KIND x|IMAGE, VIDEO|DOCUMENT", "media VIDEO_TOO_LONG x|140|141"],
            Described(x, Post("", media: [new PostMedia(AssetKind.Document, null), new PostMedia(AssetKind.Video, 140.2), new PostMedia(AssetKind.Video, 140)])));
    }

    [Fact]
    public void A_radio_script_too_long_to_read_reports_the_estimated_seconds()
    {
        var radio = Channel("commune-radio", new ChannelRules { MaxReadingSeconds = 60 });
        var script = string.Join(' ', Enumerable.Repeat("loa", 181));
        var problem = Assert.Single(Problems(radio, Post(script)));
        Assert.Equal(("text", ValidationRule.ReadingTime), (problem.Field, problem.Rule));
        Assert.Equal(["commune-radio", 60, 61], problem.Arguments);
        Assert.Empty(Problems(radio, Post(string.Join(' ', Enumerable.Repeat("loa", 180)))));
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var banner = Channel("banner", new ChannelRules { MaxTextLength = 10, MaxHashtags = 0, Link = Requirement.NotAllowed, Media = Requirement.NotAllowed });
        var rules = Problems(banner, Post("Gia Lai - Hội tụ và lan tỏa", hashtags: ["GiaLai"], link: "https://gialai.gov.vn", media: new PostMedia(AssetKind.Image, null)))
            .Select(p => p.Rule).ToHashSet();
        Assert.Equal(new HashSet<string> { ValidationRule.ChannelLimit, ValidationRule.Hashtags, ValidationRule.LinkNotAllowed, ValidationRule.MediaNotAllowed }, rules);
    }
}
