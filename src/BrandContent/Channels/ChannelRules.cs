using BrandContent.Assets;

namespace BrandContent.Channels;

/// <summary>
/// What a post must respect to go out on a channel. A null limit means "no limit"; an empty <see cref="MediaKinds"/>
/// means any kind of media. Stored as one jsonb document on the channel.
/// </summary>
public sealed record ChannelRules
{
    /// <summary>The largest limit any rule may state, so a typo (an extra zero, a negative sign) is refused, not stored.</summary>
    public const int MaxLimit = 1_000_000;

    public int? MaxTextLength { get; init; }

    public TextCounting Counting { get; init; } = TextCounting.Graphemes;

    public int? MaxHashtags { get; init; }

    public Requirement Link { get; init; } = Requirement.Allowed;

    public Requirement Media { get; init; } = Requirement.Allowed;

    public IReadOnlyList<AssetKind> MediaKinds { get; init; } = [];

    public int? MaxVideoSeconds { get; init; }

    /// <summary>For radio scripts: the longest an announcer may take to read the text (<see cref="ReadingTime"/>).</summary>
    public int? MaxReadingSeconds { get; init; }

    /// <summary>Value equality including the media kinds (a record compares lists by reference).</summary>
    public bool Equals(ChannelRules? other) =>
        other is not null
        && (MaxTextLength, Counting, MaxHashtags, Link, Media, MaxVideoSeconds, MaxReadingSeconds)
            == (other.MaxTextLength, other.Counting, other.MaxHashtags, other.Link, other.Media, other.MaxVideoSeconds, other.MaxReadingSeconds)
        && MediaKinds.SequenceEqual(other.MediaKinds);

    public override int GetHashCode() => HashCode.Combine(MaxTextLength, Counting, MaxHashtags, Link, Media, MaxVideoSeconds, MaxReadingSeconds, MediaKinds.Count);
}
