using System.Globalization;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Stories;

/// <summary>A story's own values; pillars by key, the hero by asset id.</summary>
public sealed record StoryInput(DateOnly Date, IReadOnlyList<string>? Tags, IReadOnlyList<string>? Pillars, Guid? HeroAsset);

public sealed class StoryRules : IEntityRules<Story, StoryInput>
{
    public static readonly StoryRules Instance = new();


    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Story entity, Guid brandId, StoryInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        foreach (var tag in input.Tags ?? [])
        {
            problems.Line("tags", tag, StoryTag.MaxLength);
        }

        var keys = await db.Pillars.Unarchived().Where(p => p.BrandId == brandId).Select(p => p.Key).ToListAsync(cancellationToken);
        problems.Exists("pillars", input.Pillars ?? [], keys);
        if (input.HeroAsset is { } hero && !await db.Assets.Unarchived().AnyAsync(a => a.Id == hero && a.BrandId == brandId, cancellationToken))
        {
            problems.Add(new FieldProblem("heroAsset", ValidationRule.Reference, hero));
        }

        return problems;
    }

    public async Task ApplyAsync(BrandContentDb db, Story entity, StoryInput input, CancellationToken cancellationToken)
    {
        entity.Date = input.Date;
        entity.Tags = (input.Tags ?? []).Select(StoryTag.Normalize).Distinct().ToList();
        entity.HeroAssetId = input.HeroAsset;
        var keys = input.Pillars ?? [];
        var pillars = await db.Pillars.Where(p => p.BrandId == entity.BrandId && keys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Id, cancellationToken);
        await db.StoryPillars.Where(p => p.StoryId == entity.Id).ExecuteDeleteAsync(cancellationToken);
        db.StoryPillars.AddRange(keys.Distinct().Select((key, i) => new StoryPillar { StoryId = entity.Id, PillarId = pillars[key], Position = i }));
    }

    public IReadOnlyDictionary<string, string?> Summary(Story entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["date"] = entity.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["tags"] = string.Join(", ", entity.Tags),
        ["heroAsset"] = entity.HeroAssetId?.ToString(),
    };
}
