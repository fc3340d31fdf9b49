using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Campaigns;

/// <summary>What a campaign's input must be: each problem names its field, all of them at once.</summary>
internal static class CampaignRules
{
    public const int MaxMarkets = 50;

    public static async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Guid brandId, CampaignInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        var sourceLocale = await db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).FirstAsync(cancellationToken);
        var locales = (await db.Locales.Unarchived().Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        // A name per registered locale at most: a longer list is refused as a whole, not name by name.
        problems.InRange("names", input.Names.Count, 1, locales.Count);
        foreach (var (tag, name) in input.Names.Count <= locales.Count ? input.Names : new Dictionary<string, string>())
        {
            problems.Locale("names.locale", tag, locales);
            problems.Line($"names.{tag}", name, Campaign.NameMaxLength);
            ControlCharacters(problems, $"names.{tag}", name);
        }

        if (!input.Names.Keys.Any(tag => LocaleTag.TryNormalize(tag, out var normalized) && normalized == sourceLocale))
        {
            // The name in the brand's own language is what every other locale falls back to.
            problems.Add(new FieldProblem($"names.{sourceLocale}", ValidationRule.Required));
        }

        problems.Text("goal", input.Goal, Campaign.GoalMaxLength, required: false);
        ControlCharacters(problems, "goal", input.Goal);
        problems.Ordered("endsOn", input.StartsOn, (DateOnly?)input.EndsOn, "startsOn");

        var markets = Normalized(input.Markets);
        problems.InRange("markets", markets.Count, 0, MaxMarkets);
        if (markets.Count <= MaxMarkets)
        {
            problems.Exists("markets", markets, await db.Markets.Unarchived().Where(m => markets.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken));
        }

        // Another brand's story or event is refused exactly like an id that names nothing.
        var stories = (input.Stories ?? []).Distinct().ToList();
        problems.InRange("stories", stories.Count, 0, Campaign.MaxMembers);
        if (stories.Count <= Campaign.MaxMembers)
        {
            problems.Exists("stories", stories, await db.Stories.Unarchived().Where(s => s.BrandId == brandId && stories.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        var events = (input.Events ?? []).Distinct().ToList();
        problems.InRange("events", events.Count, 0, Campaign.MaxMembers);
        if (events.Count <= Campaign.MaxMembers)
        {
            problems.Exists("events", events, await db.Events.Unarchived().Where(e => e.BrandId == brandId && events.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken));
        }

        return problems;
    }

    public static void Apply(Campaign campaign, CampaignInput input)
    {
        campaign.Names = input.Names.ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value.Trim());
        campaign.Goal = string.IsNullOrWhiteSpace(input.Goal) ? null : input.Goal.Trim();
        campaign.Markets = Normalized(input.Markets);
        (campaign.StartsOn, campaign.EndsOn, campaign.Status) = (input.StartsOn, input.EndsOn, input.Status);
        campaign.StoryIds = [.. (input.Stories ?? []).Distinct()];
        campaign.EventIds = [.. (input.Events ?? []).Distinct()];
    }

    /// <summary>The values the audit log records.</summary>
    public static object Summary(Campaign c) => new { c.BrandId, c.Names, c.Goal, c.Markets, c.StartsOn, c.EndsOn, Status = c.Status.ToConstantCase(), c.StoryIds, c.EventIds };

    private static List<string> Normalized(IReadOnlyList<string>? codes) =>
        [.. (codes ?? []).Select(MarketCode.Normalize).Where(c => c.Length > 0).Distinct()];

    private static void ControlCharacters(List<FieldProblem> problems, string field, string? text)
    {
        if (PlainText.HasControlCharacter(text))
        {
            problems.Add(new FieldProblem(field, ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(text!)));
        }
    }
}
