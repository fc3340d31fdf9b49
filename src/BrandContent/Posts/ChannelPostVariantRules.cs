using BrandContent.Assets;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Posts;

/// <summary>
/// A post's variant beyond length: plain text without control characters, well-formed hashtags, an http(s) link,
/// media of the post's brand with no more alt texts than media, and, for every channel the post targets, the text that
/// channel carries (<see cref="ChannelPostTargets"/>) with the hashtags, link and media checked against the channel's
/// rules (<see cref="ChannelRuleCheck"/>). Every problem of every channel is reported, each naming its channel.
/// </summary>
public static class ChannelPostVariantRules
{
    /// <summary>The rules for a batch of variants, in one statement per table.</summary>
    public static async Task<List<(ChannelPostVariant Variant, FieldProblem Problem)>> CheckAsync(
        BrandContentDb db, IReadOnlyList<(ChannelPostVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken)
    {
        var postIds = variants.Select(v => v.Variant.PostId).Distinct().ToArray();
        var posts = await db.ChannelPosts.Where(p => postIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var codes = posts.Values.SelectMany(p => p.Channels).Distinct().ToArray();
        var channels = await db.Channels.Unarchived().Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken);
        var media = await MediaAsync(db, variants.Select(v => v.Variant), cancellationToken);
        return [.. variants.SelectMany(v => Check(v.Variant, posts[v.Variant.PostId], channels, media).Select(problem => (v.Variant, problem)))];
    }

    /// <summary>
    /// The published variants of a post checked against the channels it is about to target, each problem's field
    /// prefixed with its locale (<c>variants.ko.text</c>): what is live must fit every channel the post goes out on.
    /// </summary>
    public static async Task<List<FieldProblem>> CheckPublishedAsync(
        BrandContentDb db, ChannelPost post, IReadOnlyList<Channel> channels, CancellationToken cancellationToken)
    {
        var live = await db.ChannelPostVariants.Where(v => v.PostId == post.Id && v.IsLive).OrderBy(v => v.Locale).ToListAsync(cancellationToken);
        if (live.Count == 0)
        {
            return [];
        }

        var media = await MediaAsync(db, live, cancellationToken);
        var target = new ChannelPost { Id = post.Id, BrandId = post.BrandId, Channels = [.. channels.Select(c => c.Code)] };
        return [.. live.SelectMany(v => Check(v, target, channels, media).Select(p => p with { Field = $"variants.{v.Locale}.{p.Field}" }))];
    }

    private static async Task<Dictionary<Guid, Asset>> MediaAsync(BrandContentDb db, IEnumerable<ChannelPostVariant> variants, CancellationToken cancellationToken)
    {
        var ids = variants.SelectMany(v => v.Media).Distinct().ToArray();
        return ids.Length == 0 ? [] : await db.Assets.Unarchived().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    private static IEnumerable<FieldProblem> Check(ChannelPostVariant variant, ChannelPost post, IReadOnlyList<Channel> channels, Dictionary<Guid, Asset> assets)
    {
        var problems = new List<FieldProblem>();
        foreach (var (field, text) in new[] { ("text", variant.Text), ("script", variant.Script), ("slogan", variant.Slogan) })
        {
            if (PlainText.HasControlCharacter(text))
            {
                problems.Add(new FieldProblem(field, ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(text!)));
            }
        }

        problems.AddRange(variant.Hashtags.Where(t => !Hashtag.IsWellFormed(t)).Select(t => new FieldProblem("hashtags", ValidationRule.HashtagFormat, t)));
        if (variant.Link is not null)
        {
            problems.Url("link", variant.Link, Asset.UrlMaxLength);
        }

        problems.AddRange(AltTextProblems(variant));
        problems.InRange("media", variant.Media.Count, 0, ChannelPostDescriptor.MaxMedia);
        var media = new List<PostMedia>();
        foreach (var id in variant.Media)
        {
            // Media of another brand is refused like media that does not exist.
            if (assets.TryGetValue(id, out var asset) && asset.BrandId == post.BrandId)
            {
                media.Add(new PostMedia(asset.Kind, asset.DurationSeconds));
            }
            else
            {
                problems.Add(new FieldProblem("media", ValidationRule.Reference, id));
            }
        }

        foreach (var channel in post.Channels.Select(code => channels.FirstOrDefault(c => c.Code == code)).OfType<Channel>())
        {
            var field = ChannelPostTargets.TextField(channel.Kind);
            var text = ChannelPostTargets.TextFor(channel.Kind, variant);
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new FieldProblem(field, ValidationRule.ChannelTextRequired, channel.Code));
            }

            var content = new PostContent(variant.Locale, text, variant.Hashtags, variant.Link, media);
            problems.AddRange(ChannelRuleCheck.Check(channel, content).Select(p => p.Field == "text" ? p with { Field = field } : p));
        }

        return problems;
    }

    private static IEnumerable<FieldProblem> AltTextProblems(ChannelPostVariant variant)
    {
        foreach (var alt in variant.AltTexts)
        {
            if (alt.Length > ChannelPostDescriptor.AltTextMaxLength)
            {
                yield return new FieldProblem("altTexts", ValidationRule.MaxLength, ChannelPostDescriptor.AltTextMaxLength, alt.Length);
            }

            if (PlainText.HasControlCharacter(alt))
            {
                yield return new FieldProblem("altTexts", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(alt));
            }
        }

        // Alt text i describes medium i: more alt texts than media describe nothing.
        if (variant.AltTexts.Count > variant.Media.Count)
        {
            yield return new FieldProblem("altTexts", ValidationRule.Range, 0, variant.Media.Count, variant.AltTexts.Count);
        }
    }
}
