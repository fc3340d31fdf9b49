namespace BrandContent.Localization;

/// <summary>The kinds of content that have localized variants.</summary>
public enum ContentKind
{
    Brand,
    Pillar,
    KeyMessage,
    Story,
    Asset,
    Event,
    ChannelPost,
    KeywordSet,
    Clarification,
}
