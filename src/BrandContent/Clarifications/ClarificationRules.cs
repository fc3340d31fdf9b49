using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>
/// A clarification's own values: its severity, the markets concerned (codes), the claim's source URL, where it spread,
/// related stories (ids, of the same brand) and the other brands concerned (ids, besides the owner).
/// </summary>
public sealed record ClarificationInput(
    Severity Severity, IReadOnlyList<string> Markets, string? SourceUrl, IReadOnlyList<string>? SpreadOn, IReadOnlyList<Guid>? RelatedStories,
    IReadOnlyList<Guid>? ConcernedBrands = null) : IBrandScopedInput
{
    /// <summary>The brands the editor's key covers (set by the API, never by the caller); null or empty: any.</summary>
    public IReadOnlySet<Guid>? EditorBrands { get; init; }

    public object WithEditorBrands(IReadOnlySet<Guid> brandIds) => this with { EditorBrands = brandIds };
}

public sealed class ClarificationRules : IEntityRules<Clarification, ClarificationInput>
{
    public const int MaxMarkets = 50;
    public const int MaxSpreadOn = 30;
    public const int SpreadOnMaxLength = 200;
    public const int MaxRelatedStories = 20;

    public static readonly ClarificationRules Instance = new();

    public async Task<List<FieldProblem>> ValidateAsync(
        BrandContentDb db, Clarification entity, Guid brandId, ClarificationInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (!Enum.IsDefined(input.Severity))
        {
            problems.Add(new FieldProblem("severity", ValidationRule.Reference, input.Severity));
        }

        var markets = Markets(input.Markets);
        if (markets.Count == 0)
        {
            problems.Add(new FieldProblem("markets", ValidationRule.Required));
        }
        else if (markets.Count > MaxMarkets)
        {
            problems.InRange("markets", markets.Count, 1, MaxMarkets);
        }
        else
        {
            problems.Exists("markets", markets, await db.Markets.Unarchived().Where(m => markets.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken));
        }

        problems.AddRange(ClaimSource.Check("sourceUrl", input.SourceUrl));

        var spread = SpreadOn(input.SpreadOn);
        problems.InRange("spreadOn", spread.Count, 0, MaxSpreadOn);
        foreach (var outlet in spread)
        {
            problems.Text("spreadOn", outlet, SpreadOnMaxLength);
            problems.SingleLine("spreadOn", outlet);
        }

        // Another brand's story is refused exactly like an id that names nothing: the answer says nothing about other brands.
        var stories = (input.RelatedStories ?? []).Distinct().ToList();
        problems.InRange("relatedStories", stories.Count, 0, MaxRelatedStories);
        if (stories.Count is > 0 and <= MaxRelatedStories)
        {
            problems.Exists("relatedStories", stories, await db.Stories.Unarchived().Where(s => s.BrandId == brandId && stories.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        await problems.CheckAsync(db, entity, brandId, input.ConcernedBrands, input.EditorBrands, cancellationToken);
        return problems;
    }

    public Task ApplyAsync(BrandContentDb db, Clarification entity, ClarificationInput input, CancellationToken cancellationToken)
    {
        entity.Severity = input.Severity;
        entity.Markets = Markets(input.Markets);
        entity.SourceUrl = string.IsNullOrWhiteSpace(input.SourceUrl) ? null : input.SourceUrl;
        entity.SpreadOn = SpreadOn(input.SpreadOn);
        entity.RelatedStoryIds = [.. (input.RelatedStories ?? []).Distinct()];
        entity.ConcernedBrandIds = [.. (input.ConcernedBrands ?? []).Distinct()];
        return Task.CompletedTask;
    }

    public IReadOnlyDictionary<string, string?> Summary(Clarification entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["severity"] = entity.Severity.ToConstantCase(),
        ["markets"] = string.Join(", ", entity.Markets),
        ["sourceUrl"] = entity.SourceUrl,
        ["spreadOn"] = string.Join(", ", entity.SpreadOn),
        ["relatedStories"] = string.Join(", ", entity.RelatedStoryIds),
        ["concernedBrands"] = string.Join(", ", entity.ConcernedBrandIds),
    };

    private static List<string> Markets(IReadOnlyList<string>? codes) =>
        [.. (codes ?? []).Select(MarketCode.Normalize).Where(c => c.Length > 0).Distinct()];

    private static List<string> SpreadOn(IReadOnlyList<string>? outlets) =>
        [.. (outlets ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct()];
}
