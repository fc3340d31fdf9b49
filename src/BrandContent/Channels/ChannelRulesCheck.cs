using BrandContent.Editing;

namespace BrandContent.Channels;

/// <summary>Whether a channel's rules are sane numbers: no negative, zero or absurd limits.</summary>
public static class ChannelRulesCheck
{
    /// <summary>A day: no platform or radio slot takes a longer video or script.</summary>
    public const int MaxSeconds = 86_400;

    public const int MaxHashtags = 1_000;

    public static IEnumerable<FieldProblem> Problems(ChannelRules rules)
    {
        var problems = new List<FieldProblem>();
        problems.InRange("rules.maxTextLength", rules.MaxTextLength, 1, ChannelRules.MaxLimit);
        problems.InRange("rules.maxHashtags", rules.MaxHashtags, 0, MaxHashtags);
        problems.InRange("rules.maxVideoSeconds", rules.MaxVideoSeconds, 1, MaxSeconds);
        problems.InRange("rules.maxReadingSeconds", rules.MaxReadingSeconds, 1, MaxSeconds);
        return problems;
    }
}
