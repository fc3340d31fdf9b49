using System.Globalization;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Assets;

/// <summary>An asset's own values; pillars by id (of the asset's brand), tags spelled as stories' tags are.</summary>
public sealed record AssetInput(
    AssetKind Kind, string Url, string MimeType, long? SizeBytes, int? Width, int? Height, double? DurationSeconds,
    string? Credit, string? License, DateTimeOffset? RightsExpireAt,
    IReadOnlyList<Guid>? PillarIds = null, IReadOnlyList<string>? Tags = null);

public sealed class AssetRules : IEntityRules<Asset, AssetInput>
{
    public static readonly AssetRules Instance = new();


    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Asset entity, Guid brandId, AssetInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.Url("url", input.Url, Asset.UrlMaxLength);
        problems.Mime("mimeType", input.MimeType, Asset.MimeTypeMaxLength);
        problems.InRange("sizeBytes", input.SizeBytes, 0, long.MaxValue);
        problems.InRange("width", input.Width, 1, 100_000);
        problems.InRange("height", input.Height, 1, 100_000);
        problems.InRange("durationSeconds", input.DurationSeconds, 0, 1_000_000);
        problems.Line("credit", input.Credit, Asset.CreditMaxLength, required: false);
        problems.Line("license", input.License, Asset.LicenseMaxLength, required: false);
        AssetTags.Check(problems, "tags", input.Tags);
        var pillarIds = (input.PillarIds ?? []).Distinct().ToList();
        problems.InRange("pillarIds", pillarIds.Count, 0, Asset.MaxPillars);
        if (pillarIds.Count is > 0 and <= Asset.MaxPillars)
        {
            // Another brand's pillar is as unknown here as a forged id: the same REFERENCE problem, nothing said about it.
            var known = await db.Pillars.Unarchived().Where(p => p.BrandId == brandId && pillarIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
            problems.Exists("pillarIds", pillarIds, known);
        }

        return problems;
    }

    public Task ApplyAsync(BrandContentDb db, Asset entity, AssetInput input, CancellationToken cancellationToken)
    {
        entity.Kind = input.Kind;
        entity.Url = input.Url.Trim();
        entity.MimeType = input.MimeType.Trim();
        entity.SizeBytes = input.SizeBytes;
        entity.Width = input.Width;
        entity.Height = input.Height;
        entity.DurationSeconds = input.DurationSeconds;
        entity.Credit = input.Credit;
        entity.License = input.License;
        entity.RightsExpireAt = input.RightsExpireAt;
        entity.Tags = AssetTags.Normalize(input.Tags);
        SetPillars(entity, (input.PillarIds ?? []).Distinct().ToList());
        return Task.CompletedTask;
    }

    /// <summary>
    /// Changes the tracked links in place (the descriptor loads them with the asset), so a pillar kept is an update of
    /// its position, not a delete and an insert of the same key.
    /// </summary>
    private static void SetPillars(Asset entity, List<Guid> pillarIds)
    {
        entity.Pillars.RemoveAll(link => !pillarIds.Contains(link.PillarId));
        for (var position = 0; position < pillarIds.Count; position++)
        {
            var link = entity.Pillars.Find(l => l.PillarId == pillarIds[position]);
            if (link is null)
            {
                entity.Pillars.Add(new AssetPillar { AssetId = entity.Id, PillarId = pillarIds[position], Position = position });
            }
            else
            {
                link.Position = position;
            }
        }
    }

    public IReadOnlyDictionary<string, string?> Summary(Asset entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["kind"] = entity.Kind.ToString(),
        ["url"] = entity.Url,
        ["mimeType"] = entity.MimeType,
        ["license"] = entity.License,
        ["rightsExpireAt"] = entity.RightsExpireAt?.ToString("O", CultureInfo.InvariantCulture),
        ["pillarIds"] = string.Join(", ", entity.Pillars.OrderBy(p => p.Position).Select(p => p.PillarId)),
        ["tags"] = string.Join(", ", entity.Tags),
    };
}
