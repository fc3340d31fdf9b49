namespace BrandContent.Channels;

/// <summary>How a platform counts the length of a text (see <see cref="PlatformText"/>).</summary>
public enum TextCounting
{
    /// <summary>User-perceived characters (extended grapheme clusters) of the NFC text: most platforms.</summary>
    Graphemes,

    /// <summary>X (Twitter): twitter-text's weighted length, where CJK and emoji count 2 and a URL counts 23.</summary>
    XWeighted,
}
