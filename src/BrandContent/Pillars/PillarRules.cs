using System.Globalization;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Pillars;

public sealed record PillarInput(string Key, int Position);

public sealed class PillarRules : IEntityRules<Pillar, PillarInput>
{
    public static readonly PillarRules Instance = new();


    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Pillar entity, Guid brandId, PillarInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.SlugValue("key", input.Key, Pillar.KeyMaxLength);
        problems.InRange("position", input.Position, 0, 1000);
        if (await db.Pillars.AnyAsync(p => p.BrandId == brandId && p.Key == input.Key && p.Id != entity.Id, cancellationToken))
        {
            problems.Add(new FieldProblem("key", ValidationRule.Unique, input.Key));
        }

        return problems;
    }

    public Task ApplyAsync(BrandContentDb db, Pillar entity, PillarInput input, CancellationToken cancellationToken)
    {
        (entity.Key, entity.Position) = (input.Key, input.Position);
        return Task.CompletedTask;
    }

    public IReadOnlyDictionary<string, string?> Summary(Pillar entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["key"] = entity.Key,
        ["position"] = entity.Position.ToString(CultureInfo.InvariantCulture),
    };
}
