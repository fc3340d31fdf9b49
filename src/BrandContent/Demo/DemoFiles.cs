using System.Text.Json;
using System.Text.Json.Serialization;
using BrandContent.Channels;
using BrandContent.Publishing;

namespace BrandContent.Demo;

// The shape of Demo/Content/*.json: reference data in reference.json, one file per brand.
internal sealed record ReferenceFile(List<LocaleEntry> Locales, List<AudienceEntry> Audiences, List<MarketEntry> Markets, List<ChannelEntry> Channels);

internal sealed record LocaleEntry(string Tag, string Name, string NativeName);

internal sealed record AudienceEntry(string Code, Dictionary<string, string> Names);

internal sealed record MarketEntry(string Code, Dictionary<string, string> Names, List<string> LocaleChain, List<string> Audiences, string TimeZone);

/// <summary>A demo channel; <see cref="Source"/> says where its rules come from (the platform's own documentation, or the plan's house rule).</summary>
internal sealed record ChannelEntry(string Code, Dictionary<string, string> Names, ChannelKind Kind, List<string> Markets, ChannelRules Rules, string Source);

internal sealed record BrandFile(
    string Slug,
    string? Parent,
    string Level,
    string SourceLocale,
    List<ColorEntry> Colors,
    List<FontEntry> Typography,
    List<LogoEntry> Logos,
    Dictionary<string, BrandText> Variants,
    List<AssetEntry> Assets,
    List<PillarEntry> Pillars,
    List<KeyMessageEntry> KeyMessages,
    List<StoryEntry> Stories,
    List<EventEntry> Events,
    List<GlossaryEntry>? Glossary,
    List<CampaignEntry>? Campaigns = null,
    List<PostEntry>? Posts = null);

internal sealed record GlossaryEntry(string Term, bool DoNotTranslate, Dictionary<string, string>? Translations, string? Note);

internal sealed record ColorEntry(string Name, string Hex, string Role);

internal sealed record FontEntry(string Role, string Family, string Fallback);

internal sealed record LogoEntry(string Variant, string Asset);

/// <summary>What every variant entry in the files may say about its workflow state.</summary>
internal abstract record VariantEntry
{
    public string Status { get; init; } = "PUBLISHED";

    public DateTimeOffset? PublishAt { get; init; }

    public DateTimeOffset? UnpublishAt { get; init; }

    public WorkflowStatus WorkflowStatus => Enum.Parse<WorkflowStatus>(Status.Replace("_", ""), ignoreCase: true);
}

internal sealed record BrandText(string Name, string? Slogan, string? Story, string? ToneOfVoice, List<string>? UsageDo, List<string>? UsageDont) : VariantEntry;

internal sealed record AssetEntry(
    string Key, string Kind, string Url, string MimeType, long? SizeBytes, int? Width, int? Height, double? DurationSeconds,
    string? Credit, string? License, DateTimeOffset? RightsExpireAt, Dictionary<string, AssetText> Variants,
    List<string>? Pillars = null, List<string>? Tags = null);

internal sealed record AssetText(string Title, string? AltText, string? Caption) : VariantEntry;

internal sealed record PillarEntry(string Key, int Position, Dictionary<string, PillarText> Variants);

internal sealed record PillarText(string Name, string? Description) : VariantEntry;

internal sealed record KeyMessageEntry(
    string Key, string? Pillar, List<string> Markets, List<string> Audiences, DateOnly? ValidFrom, DateOnly? ValidTo,
    int Priority, string? AlignsWith, Dictionary<string, KeyMessageText> Variants);

internal sealed record KeyMessageText(string Headline, string? Body) : VariantEntry;

internal sealed record StoryEntry(
    string Key, DateOnly Date, List<string> Pillars, List<string> Tags, string? HeroAsset, Dictionary<string, StoryText> Variants);

internal sealed record StoryText(
    string Title, string Slug, string? Summary, string? Body, string? SeoTitle, string? SeoDescription, List<string>? SeoKeywords) : VariantEntry;

internal sealed record EventEntry(string Key, DateOnly StartsOn, DateOnly EndsOn, string Place, Dictionary<string, EventText> Variants);

internal sealed record EventText(string Name, string? Description) : VariantEntry;

internal sealed record CampaignEntry(
    string Key, Dictionary<string, string> Names, string? Goal, List<string> Markets, DateOnly StartsOn, DateOnly EndsOn, string Status,
    List<string>? Stories, List<string>? Events);

/// <summary>A channel post; its story, event, campaign and media are keys of the same file.</summary>
internal sealed record PostEntry(
    string Key, string? Campaign, string? Story, string? Event, List<string>? Pillars, List<string> Channels, List<string> Markets,
    Dictionary<string, PostText> Variants);

internal sealed record PostText(
    string? Text, List<string>? Hashtags, string? Link, List<string>? Media, List<string>? AltTexts, string? Script, string? Slogan) : VariantEntry;

internal static class DemoJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
