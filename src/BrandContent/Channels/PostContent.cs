using BrandContent.Assets;

namespace BrandContent.Channels;

/// <summary>What a post puts out on a channel in one locale, as <see cref="ChannelRuleCheck"/> sees it.</summary>
public sealed record PostContent(string Locale, string? Text, IReadOnlyList<string> Hashtags, string? Link, IReadOnlyList<PostMedia> Media);

/// <summary>One attached medium: its kind and, for a video, its duration.</summary>
public sealed record PostMedia(AssetKind Kind, double? DurationSeconds);
