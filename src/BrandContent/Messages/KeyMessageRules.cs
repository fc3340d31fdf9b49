using System.Globalization;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Messages;

public sealed record KeyMessageInput(
    string? Pillar, IReadOnlyList<string>? Markets, IReadOnlyList<string>? Audiences, DateOnly? ValidFrom, DateOnly? ValidTo, int Priority, Guid? AlignsWith);

public sealed class KeyMessageRules : IEntityRules<KeyMessage, KeyMessageInput>
{
    public static readonly KeyMessageRules Instance = new();


    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, KeyMessage entity, Guid brandId, KeyMessageInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (input.Pillar is { } pillar && !await db.Pillars.Unarchived().AnyAsync(p => p.BrandId == brandId && p.Key == pillar, cancellationToken))
        {
            problems.Add(new FieldProblem("pillar", ValidationRule.Reference, pillar));
        }

        problems.Exists("markets", (input.Markets ?? []).Select(MarketCode.Normalize), await db.Markets.Select(m => m.Code).ToListAsync(cancellationToken));
        problems.Exists("audiences", (input.Audiences ?? []).Select(AudienceCode.Normalize), await db.Audiences.Select(a => a.Code).ToListAsync(cancellationToken));
        problems.Ordered("validTo", input.ValidFrom, input.ValidTo, "validFrom");
        problems.InRange("priority", input.Priority, 1, 100);
        if (input.AlignsWith is { } aligned)
        {
            // Consistent with the parent brand's messaging: only a message of the parent brand qualifies.
            var parent = await db.Brands.Where(b => b.Id == brandId).Select(b => b.ParentId).FirstOrDefaultAsync(cancellationToken);
            if (!await db.KeyMessages.AnyAsync(m => m.Id == aligned && m.BrandId == parent, cancellationToken))
            {
                problems.Add(new FieldProblem("alignsWith", ValidationRule.Reference, aligned));
            }
        }

        return problems;
    }

    public async Task ApplyAsync(BrandContentDb db, KeyMessage entity, KeyMessageInput input, CancellationToken cancellationToken)
    {
        entity.PillarId = input.Pillar is null
            ? null
            : await db.Pillars.Where(p => p.BrandId == entity.BrandId && p.Key == input.Pillar).Select(p => (Guid?)p.Id).FirstAsync(cancellationToken);
        entity.Markets = (input.Markets ?? []).Select(MarketCode.Normalize).Distinct().ToList();
        entity.Audiences = (input.Audiences ?? []).Select(AudienceCode.Normalize).Distinct().ToList();
        (entity.ValidFrom, entity.ValidTo, entity.Priority, entity.AlignsWithId) = (input.ValidFrom, input.ValidTo, input.Priority, input.AlignsWith);
    }

    public IReadOnlyDictionary<string, string?> Summary(KeyMessage entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["pillarId"] = entity.PillarId?.ToString(),
        ["markets"] = string.Join(", ", entity.Markets),
        ["audiences"] = string.Join(", ", entity.Audiences),
        ["validFrom"] = entity.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["validTo"] = entity.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["priority"] = entity.Priority.ToString(CultureInfo.InvariantCulture),
        ["alignsWith"] = entity.AlignsWithId?.ToString(),
    };
}
