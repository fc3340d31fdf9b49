using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Translation;

/// <summary>A glossary term the source of an item uses: its approved translation in the target locale, or "keep as is".</summary>
public sealed record GlossaryHit(string Term, bool DoNotTranslate, string? Translation, string? Note, IReadOnlyList<string> Fields);

/// <summary>A channel the item goes out on that limits the length of one of its fields, counted the channel's way.</summary>
public sealed record ChannelTextLimit(string Field, string Channel, int MaxLength, TextCounting Counting);

/// <summary>
/// What a translator needs to translate one item into one locale, read in one go: the source as it is now and, for an
/// outdated translation, as it was when translated; the translation; the glossary terms the source uses; and the
/// length limits of the channels the item goes out on. The field limits come with the kind.
/// </summary>
public sealed record TranslationWorkspace(
    LocalizedKind Kind,
    EntityOwner Owner,
    string BrandSlug,
    string Locale,
    Variant Source,
    Variant? Target,
    IReadOnlyDictionary<string, string?>? TranslatedFrom,
    IReadOnlyList<GlossaryHit> Glossary,
    IReadOnlyList<ChannelTextLimit> ChannelLimits)
{
    public bool Outdated => Target?.SourceRevision < Source.Revision;
}
