using System.Text.RegularExpressions;
using BrandContent.Assets;
using BrandContent.Editing;

namespace BrandContent.Channels;

/// <summary>
/// Every rule of a channel a post breaks, each naming the channel (<c>Arguments[0]</c>), then the limit and the actual
/// value where there is one. The length is that of the post as the platform receives it: the text, then the hashtags
/// and the link the text does not already contain, separated by spaces.
/// </summary>
public static partial class ChannelRuleCheck
{
    [GeneratedRegex(@"(?<![\w#])#(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineHashtag();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineUrl();

    public static IEnumerable<FieldProblem> Check(Channel channel, PostContent content)
    {
        var rules = channel.Rules;
        var text = content.Text ?? "";
        var hashtags = Hashtags(content);
        var link = string.IsNullOrWhiteSpace(content.Link) ? null : content.Link.Trim();
        var textHasUrl = InlineUrl().IsMatch(text);

        if (rules.MaxTextLength is { } max && PlatformText.Length(Published(text, hashtags, link), rules.Counting) is var length && length > max)
        {
            yield return new FieldProblem("text", ValidationRule.ChannelLimit, channel.Code, max, length);
        }

        if (rules.MaxReadingSeconds is { } maxSeconds && ReadingTime.Estimate(content.Locale, text) is var seconds && seconds > maxSeconds)
        {
            yield return new FieldProblem("text", ValidationRule.ReadingTime, channel.Code, maxSeconds, seconds);
        }

        if (rules.MaxHashtags is { } maxHashtags && hashtags.Count > maxHashtags)
        {
            yield return new FieldProblem("hashtags", ValidationRule.Hashtags, channel.Code, maxHashtags, hashtags.Count);
        }

        foreach (var problem in LinkProblems(channel.Code, rules.Link, link, textHasUrl))
        {
            yield return problem;
        }

        foreach (var problem in MediaProblems(channel.Code, rules, content.Media))
        {
            yield return problem;
        }
    }

    private static IEnumerable<FieldProblem> LinkProblems(string channel, Requirement rule, string? link, bool textHasUrl)
    {
        if (rule == Requirement.Required && link is null && !textHasUrl)
        {
            yield return new FieldProblem("link", ValidationRule.LinkRequired, channel);
        }
        else if (rule == Requirement.NotAllowed)
        {
            if (link is not null)
            {
                yield return new FieldProblem("link", ValidationRule.LinkNotAllowed, channel);
            }

            if (textHasUrl)
            {
                yield return new FieldProblem("text", ValidationRule.LinkNotAllowed, channel);
            }
        }
    }

    private static IEnumerable<FieldProblem> MediaProblems(string channel, ChannelRules rules, IReadOnlyList<PostMedia> media)
    {
        if (rules.Media == Requirement.Required && media.Count == 0)
        {
            yield return new FieldProblem("media", ValidationRule.MediaRequired, channel);
        }
        else if (rules.Media == Requirement.NotAllowed && media.Count > 0)
        {
            yield return new FieldProblem("media", ValidationRule.MediaNotAllowed, channel, media.Count);
        }

        if (rules.Media != Requirement.NotAllowed && rules.MediaKinds.Count > 0)
        {
            foreach (var kind in media.Select(m => m.Kind).Distinct().Where(k => !rules.MediaKinds.Contains(k)))
            {
                yield return new FieldProblem("media", ValidationRule.MediaKind, channel, Names(rules.MediaKinds), kind.ToConstantCase());
            }
        }

        if (rules.MaxVideoSeconds is { } maxVideo)
        {
            foreach (var video in media.Where(m => m.Kind == AssetKind.Video && m.DurationSeconds > maxVideo))
            {
                yield return new FieldProblem("media", ValidationRule.VideoTooLong, channel, maxVideo, Math.Ceiling(video.DurationSeconds!.Value));
            }
        }
    }

    /// <summary>The hashtags of the post: those listed and those written in the text, each once (case-insensitive, without '#').</summary>
    public static IReadOnlyCollection<string> Hashtags(PostContent content) =>
        content.Hashtags.Select(h => h.Trim().TrimStart('#'))
            .Concat(InlineHashtag().Matches(content.Text ?? "").Select(m => m.Groups[1].Value))
            .Where(h => h.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The post as the platform receives it: the text, then the hashtags and link it does not already contain.</summary>
    public static string Published(string text, IReadOnlyCollection<string> hashtags, string? link)
    {
        var inText = InlineHashtag().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = new List<string> { text };
        parts.AddRange(hashtags.Where(h => !inText.Contains(h)).Select(h => "#" + h));
        if (link is not null && !text.Contains(link, StringComparison.Ordinal))
        {
            parts.Add(link);
        }

        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string Names(IEnumerable<AssetKind> kinds) => string.Join(", ", kinds.Select(k => k.ToConstantCase()));
}
