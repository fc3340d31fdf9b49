using BrandContent.Channels;

namespace BrandContent.Posts;

/// <summary>Which part of a post a channel carries, and which channels may carry a post for its markets.</summary>
public static class ChannelPostTargets
{
    /// <summary>A channel may carry a post when it serves at least one of the post's markets.</summary>
    public static bool Serves(Channel channel, IReadOnlyCollection<string> markets) => channel.Markets.Any(markets.Contains);

    /// <summary>
    /// The variant field whose text a channel puts out: a radio channel reads the script, a print channel shows the
    /// slogan, every other channel carries the text.
    /// </summary>
    public static string TextField(ChannelKind kind) => kind switch
    {
        ChannelKind.Radio => "script",
        ChannelKind.Print => "slogan",
        ChannelKind.Social or ChannelKind.Web or ChannelKind.Press or ChannelKind.Email => "text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A channel kind without a text field."),
    };

    public static string? TextFor(ChannelKind kind, ChannelPostVariant variant) => TextField(kind) switch
    {
        "script" => variant.Script,
        "slogan" => variant.Slogan,
        _ => variant.Text,
    };
}
