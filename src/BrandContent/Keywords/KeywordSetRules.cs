using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Keywords;

public sealed record KeywordSetInput(string? Pillar, IReadOnlyList<string>? Markets);

/// <summary>A keyword set's own values: a pillar of its brand, registered markets.</summary>
public sealed class KeywordSetRules : IEntityRules<KeywordSet, KeywordSetInput>
{
    public const int MaxMarkets = 50;

    public static readonly KeywordSetRules Instance = new();

    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, KeywordSet entity, Guid brandId, KeywordSetInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (input.Pillar is { } pillar && !await db.Pillars.Unarchived().AnyAsync(p => p.BrandId == brandId && p.Key == pillar, cancellationToken))
        {
            problems.Add(new FieldProblem("pillar", ValidationRule.Reference, pillar));
        }

        var markets = (input.Markets ?? []).Select(MarketCode.Normalize).Distinct().ToList();
        problems.InRange("markets", markets.Count, 0, MaxMarkets);
        problems.Exists("markets", markets, await db.Markets.Select(m => m.Code).ToListAsync(cancellationToken));
        return problems;
    }

    public async Task ApplyAsync(BrandContentDb db, KeywordSet entity, KeywordSetInput input, CancellationToken cancellationToken)
    {
        entity.PillarId = input.Pillar is null
            ? null
            : await db.Pillars.Where(p => p.BrandId == entity.BrandId && p.Key == input.Pillar).Select(p => (Guid?)p.Id).FirstAsync(cancellationToken);
        entity.Markets = (input.Markets ?? []).Select(MarketCode.Normalize).Distinct().ToList();
    }

    public IReadOnlyDictionary<string, string?> Summary(KeywordSet entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["pillarId"] = entity.PillarId?.ToString(),
        ["markets"] = string.Join(", ", entity.Markets),
    };
}
