using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Clarifications;
using BrandContent.Events;
using BrandContent.Keywords;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Posts;
using BrandContent.Stories;

namespace BrandContent.Editing;

/// <summary>Every kind of content, by its descriptor: the one list generic code (editing, reports, XLIFF, access) reads.</summary>
public static class LocalizedKinds
{
    public static readonly IReadOnlyList<LocalizedKind> All =
    [
        BrandDescriptor.Instance,
        PillarDescriptor.Instance,
        KeyMessageDescriptor.Instance,
        StoryDescriptor.Instance,
        AssetDescriptor.Instance,
        EventDescriptor.Instance,
        ChannelPostDescriptor.Instance,
        KeywordSetDescriptor.Instance,
        ClarificationDescriptor.Instance,
    ];

    private static readonly Dictionary<ContentKind, LocalizedKind> ByKind = All.ToDictionary(k => k.Kind);

    /// <summary>The kind's descriptor; a kind without one is a programming error, caught by a test.</summary>
    public static LocalizedKind Of(ContentKind kind) =>
        ByKind.TryGetValue(kind, out var descriptor) ? descriptor : throw new InvalidOperationException($"No descriptor for the content kind {kind}.");
}
