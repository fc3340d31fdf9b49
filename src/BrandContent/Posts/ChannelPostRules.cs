using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Posts;

/// <summary>
/// A post's own values: its campaign, story and event by id, its pillars by key (all of the post's brand), and the
/// channels and markets it targets by code.
/// </summary>
public sealed record ChannelPostInput(
    Guid? Campaign, Guid? Story, Guid? Event, IReadOnlyList<string>? Pillars, IReadOnlyList<string> Channels, IReadOnlyList<string> Markets);

public sealed class ChannelPostRules : IEntityRules<ChannelPost, ChannelPostInput>
{
    public const int MaxTargets = 50;

    public static readonly ChannelPostRules Instance = new();

    public async Task<List<FieldProblem>> ValidateAsync(
        BrandContentDb db, ChannelPost entity, Guid brandId, ChannelPostInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();

        // Another brand's id is refused exactly like an id that names nothing: the answer says nothing about other brands.
        if (input.Campaign is { } campaign && !await db.Campaigns.Unarchived().AnyAsync(c => c.Id == campaign && c.BrandId == brandId, cancellationToken))
        {
            problems.Add(new FieldProblem("campaign", ValidationRule.Reference, campaign));
        }

        if (input.Story is { } story && !await db.Stories.Unarchived().AnyAsync(s => s.Id == story && s.BrandId == brandId, cancellationToken))
        {
            problems.Add(new FieldProblem("story", ValidationRule.Reference, story));
        }

        if (input.Event is { } @event && !await db.Events.Unarchived().AnyAsync(e => e.Id == @event && e.BrandId == brandId, cancellationToken))
        {
            problems.Add(new FieldProblem("event", ValidationRule.Reference, @event));
        }

        // A list longer than allowed is refused as a whole, not item by item.
        var pillars = (input.Pillars ?? []).Distinct().ToList();
        problems.InRange("pillars", pillars.Count, 0, MaxTargets);
        if (pillars.Count is > 0 and <= MaxTargets)
        {
            problems.Exists("pillars", pillars, await db.Pillars.Unarchived().Where(p => p.BrandId == brandId && pillars.Contains(p.Key)).Select(p => p.Key).ToListAsync(cancellationToken));
        }

        var channelCodes = Codes(input.Channels, ChannelCode.Normalize);
        var marketCodes = Codes(input.Markets, MarketCode.Normalize);
        if (!Count(problems, "channels", channelCodes.Count) | !Count(problems, "markets", marketCodes.Count))
        {
            return problems;
        }

        var channels = await db.Channels.Unarchived().Where(c => channelCodes.Contains(c.Code)).ToListAsync(cancellationToken);
        var markets = await db.Markets.Unarchived().Where(m => marketCodes.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken);
        problems.Exists("channels", channelCodes, channels.Select(c => c.Code).ToList());
        problems.Exists("markets", marketCodes, markets);

        // A channel that serves none of the post's markets could never carry it: no slot of it would have a market.
        problems.AddRange(channels
            .Where(c => !ChannelPostTargets.Serves(c, markets))
            .Select(c => new FieldProblem("channels", ValidationRule.ChannelMarket, c.Code, string.Join(", ", marketCodes))));

        if (problems.Count == 0)
        {
            // What is already published must fit every channel the post will target.
            problems.AddRange(await ChannelPostVariantRules.CheckPublishedAsync(db, entity, channels, cancellationToken));
        }

        return problems;
    }

    public async Task ApplyAsync(BrandContentDb db, ChannelPost entity, ChannelPostInput input, CancellationToken cancellationToken)
    {
        (entity.CampaignId, entity.StoryId, entity.EventId) = (input.Campaign, input.Story, input.Event);
        entity.Channels = Codes(input.Channels, ChannelCode.Normalize);
        entity.Markets = Codes(input.Markets, MarketCode.Normalize);
        var keys = (input.Pillars ?? []).Distinct().ToList();
        var pillars = await db.Pillars.Where(p => p.BrandId == entity.BrandId && keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Id, cancellationToken);
        entity.PillarIds = [.. keys.Select(key => pillars[key])];
    }

    public IReadOnlyDictionary<string, string?> Summary(ChannelPost entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["campaignId"] = entity.CampaignId?.ToString(),
        ["storyId"] = entity.StoryId?.ToString(),
        ["eventId"] = entity.EventId?.ToString(),
        ["pillarIds"] = string.Join(", ", entity.PillarIds),
        ["channels"] = string.Join(", ", entity.Channels),
        ["markets"] = string.Join(", ", entity.Markets),
    };

    private static List<string> Codes(IReadOnlyList<string>? codes, Func<string, string> normalize) =>
        [.. (codes ?? []).Select(normalize).Where(c => c.Length > 0).Distinct()];

    /// <summary>Whether there are between 1 and <see cref="MaxTargets"/> codes; a problem when not.</summary>
    private static bool Count(List<FieldProblem> problems, string field, int count)
    {
        if (count == 0)
        {
            problems.Add(new FieldProblem(field, ValidationRule.Required));
            return false;
        }

        problems.InRange(field, count, 1, MaxTargets);
        return count <= MaxTargets;
    }
}
