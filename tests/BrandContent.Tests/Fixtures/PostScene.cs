using System.Text.Json;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Events;
using BrandContent.Markets;
using BrandContent.Pillars;
using BrandContent.Posts;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// A brand ready for channel posts: an image, a 60-second video and an image whose rights expired, a pillar, a
/// published story and event, and channels with known rules (written into the test's database, over any demo channel
/// of the same code), each serving KR, JP, US and VN.
/// </summary>
public sealed record PostBrand(Brand Brand, Asset Image, Asset Video, Asset ExpiredImage, Pillar Pillar, Story Story, Event Event)
{
    public string Slug => Brand.Slug;
}

public sealed class PostScene(BrandContentApp app)
{
    public const string Kind = "CHANNEL_POST";
    public static readonly string[] Markets = ["KR", "JP", "US", "VN"];

    /// <summary>X counts CJK characters as 2 of its 280.</summary>
    public static readonly Channel X = Channel("x", ChannelKind.Social, new ChannelRules { MaxTextLength = 280, Counting = TextCounting.XWeighted, MaxHashtags = 5 });

    public static readonly Channel YouTube = Channel("youtube", ChannelKind.Social, new ChannelRules
    {
        MaxTextLength = 5_000,
        Media = Requirement.Required,
        MediaKinds = [AssetKind.Video],
        MaxVideoSeconds = 900,
    });

    public static readonly Channel Radio = Channel("commune-radio", ChannelKind.Radio, new ChannelRules
    {
        MaxTextLength = 3_000,
        Link = Requirement.NotAllowed,
        Media = Requirement.NotAllowed,
        MaxHashtags = 0,
        MaxReadingSeconds = 120,
    });

    public static readonly Channel Banner = Channel("banner", ChannelKind.Print, new ChannelRules { MaxTextLength = 60, Link = Requirement.NotAllowed, MaxHashtags = 0 });

    /// <summary>Ten graphemes at most, counted as people see them: for Vietnamese with combining marks and emoji.</summary>
    public static readonly Channel Short = Channel("short-test", ChannelKind.Social, new ChannelRules { MaxTextLength = 10 });

    /// <summary>A channel for KR only.</summary>
    public static readonly Channel KoreaOnly = Channel("korea-only-test", ChannelKind.Web, new ChannelRules(), ["KR"]);

    private readonly Editing editing = new(app.GraphQL());

    public Editing Editing => editing;

    public static Channel Channel(string code, ChannelKind kind, ChannelRules rules, List<string>? markets = null) =>
        new() { Code = code, Names = new() { ["en"] = code }, Kind = kind, Rules = rules, Markets = markets ?? [.. Markets] };

    public async Task<PostBrand> BrandAsync()
    {
        await EnsureChannelsAsync();
        var brand = TestContent.Brand(null, "vi");
        var image = TestContent.Asset(brand);
        var video = TestContent.Asset(brand);
        (video.Kind, video.MimeType, video.DurationSeconds) = (AssetKind.Video, "video/mp4", 60);
        var expired = TestContent.Asset(brand, DateTimeOffset.UtcNow.AddDays(-1));
        var pillar = TestContent.Pillar(brand, "coast", 1, "vi");
        var story = TestContent.Story(brand, "s1", new DateOnly(2026, 3, 1), "vi");
        var @event = TestContent.Event(brand, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 3), "vi");
        await using var db = app.OpenDb();
        db.AddRange(brand, image, video, expired, pillar, story, @event);
        await db.SaveChangesAsync();
        return new PostBrand(brand, image, video, expired, pillar, story, @event);
    }

    /// <summary>The test channels as defined above, and a VN market for the commune's channels.</summary>
    public async Task EnsureChannelsAsync()
    {
        await using var db = app.OpenDb();
        if (!await db.Markets.AnyAsync(m => m.Code == "VN"))
        {
            db.Markets.Add(new Market { Code = "VN", Names = new() { ["en"] = "Viet Nam" }, LocaleChain = ["vi"] });
        }

        foreach (var channel in new[] { X, YouTube, Radio, Banner, Short, KoreaOnly })
        {
            var stored = await db.Channels.AsTracking().FirstOrDefaultAsync(c => c.Code == channel.Code);
            if (stored is null)
            {
                db.Channels.Add(Channel(channel.Code, channel.Kind, channel.Rules, channel.Markets));
            }
            else
            {
                (stored.Kind, stored.Rules, stored.Markets, stored.ArchivedAt) = (channel.Kind, channel.Rules, [.. channel.Markets], null);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A post written straight into the database, its text saying its name and locale ("p3 ko"), with the brand's image.
    /// Posts are listed newest first by their time-ordered id: <paramref name="minutesAgo"/> sets when it was made.
    /// </summary>
    public static ChannelPost Post(PostBrand brand, string name, string[] channels, string[] markets, int minutesAgo, params V[] locales)
    {
        var post = new ChannelPost
        {
            Id = TimeOrderedId.New(DateTimeOffset.UtcNow.AddMinutes(-minutesAgo)),
            BrandId = brand.Brand.Id,
            Channels = [.. channels],
            Markets = [.. markets],
            PillarIds = [brand.Pillar.Id],
        };
        post.Variants = (locales.Length == 0 ? [new V("vi")] : locales)
            .SelectMany(v => v.Rows(new ChannelPostVariant { PostId = post.Id, Text = $"{name} {v.Locale}", Hashtags = ["GiaLai"], Media = [brand.Image.Id], AltTexts = [$"alt {v.Locale}"] }))
            .ToList();
        return post;
    }

    public Task<GraphQLResponse> CreateAsync(string brand, object input) =>
        app.GraphQL().QueryAsync("mutation($b: String!, $i: ChannelPostInput!) { createChannelPost(brand: $b, input: $i) { id version values { name value } } }", new { b = brand, i = input });

    public async Task<Guid> CreateOkAsync(string brand, string[] channels, string[]? markets = null, object? extra = null)
    {
        var input = new Dictionary<string, object?> { ["channels"] = channels, ["markets"] = markets ?? ["KR"] };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            input[property.Name] = property.GetValue(extra);
        }

        return (await CreateAsync(brand, input)).Ok().GetProperty("createChannelPost").GetProperty("id").GetGuid();
    }

    public Task<GraphQLResponse> UpsertAsync(Guid id, string locale, object fields, int? expectedRevision = null) =>
        editing.UpsertAsync(Kind, id, locale, expectedRevision, fields);

    /// <summary>Writes the source text and takes it through review to publication.</summary>
    public async Task PublishAsync(Guid id, string locale, object fields)
    {
        var revision = (await UpsertAsync(id, locale, fields, await RevisionAsync(id, locale))).Ok().GetProperty("upsertVariant").GetProperty("revision").GetInt32();
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            var response = await editing.StepAsync(step, Kind, id, locale, revision);
            Assert.True(response.Errors.Count == 0, $"{step}: {response.Body}");
        }
    }

    private async Task<int?> RevisionAsync(Guid id, string locale)
    {
        var variants = (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: CHANNEL_POST, id: $id) { locale revision } }", new { id }))
            .Ok().GetProperty("variants").EnumerateArray();
        return variants.Where(v => v.GetProperty("locale").GetString() == locale).Select(v => (int?)v.GetProperty("revision").GetInt32()).FirstOrDefault();
    }

    /// <summary>The problems of a VALIDATION_FAILED answer as (field, rule, message).</summary>
    public static List<(string Field, string Rule, string Message)> Problems(GraphQLResponse response) => XliffFiles.Problems(response);

    public static JsonElement Post(GraphQLResponse response) => response.Ok().GetProperty("channelPost");
}
