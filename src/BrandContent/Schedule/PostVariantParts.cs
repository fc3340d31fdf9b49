using BrandContent.Posts;

namespace BrandContent.Schedule;

/// <summary>What the schedule reads of a post's variant: its media and the line a calendar shows for it.</summary>
public static class PostVariantParts
{
    public static IReadOnlyList<Guid> MediaIds(ChannelPostVariant variant) => variant.Media;

    /// <summary>The text, else the slogan (print), else the radio script.</summary>
    public static string Headline(ChannelPostVariant variant) => variant.Text ?? variant.Slogan ?? variant.Script ?? "";

    public static string? Link(ChannelPostVariant variant) => variant.Link;

    /// <summary>The hashtags as a post shows them, with their '#' (stored without).</summary>
    public static IReadOnlyList<string> Hashtags(ChannelPostVariant variant) => [.. variant.Hashtags.Select(h => "#" + h)];
}
