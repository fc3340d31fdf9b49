using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Brands;

/// <summary>A brand's own values: its place in the hierarchy and its identity kit. Identity text is a variant.</summary>
public sealed record BrandInput(
    string Slug, string? Parent, BrandLevel Level, string SourceLocale,
    IReadOnlyList<BrandColor>? Colors, IReadOnlyList<BrandFont>? Typography, IReadOnlyList<BrandLogo>? Logos);

public sealed class BrandRules : IEntityRules<Brand, BrandInput>
{
    public static readonly BrandRules Instance = new();


    public async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Brand entity, Guid brandId, BrandInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.SlugValue("slug", input.Slug, Brand.SlugMaxLength);
        if (await db.Brands.AnyAsync(b => b.Slug == input.Slug && b.Id != entity.Id, cancellationToken))
        {
            problems.Add(new FieldProblem("slug", ValidationRule.Unique, input.Slug));
        }

        if (input.Parent is { } parentSlug && await ParentChainAsync(db, parentSlug, cancellationToken) is var chain && (chain is null || chain.Contains(entity.Id)))
        {
            // Unknown, or the brand itself somewhere above: a brand cannot sit under itself.
            problems.Add(new FieldProblem("parent", ValidationRule.Reference, parentSlug));
        }

        problems.Locale("sourceLocale", input.SourceLocale, (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet());
        foreach (var (color, i) in (input.Colors ?? []).Select((c, i) => (c, i)))
        {
            problems.Line($"colors[{i}].name", color.Name, 80);
            problems.Line($"colors[{i}].role", color.Role, 40);
            problems.HexColor($"colors[{i}].hex", color.Hex);
        }

        foreach (var (font, i) in (input.Typography ?? []).Select((f, i) => (f, i)))
        {
            problems.Line($"typography[{i}].family", font.Family, 120);
            problems.Line($"typography[{i}].role", font.Role, 40);
            problems.Line($"typography[{i}].fallback", font.Fallback, 80, required: false);
        }

        var assets = await db.Assets.Where(a => a.BrandId == entity.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        problems.Exists("logos.assetId", (input.Logos ?? []).Select(l => l.AssetId), assets);
        return problems;
    }

    public async Task ApplyAsync(BrandContentDb db, Brand entity, BrandInput input, CancellationToken cancellationToken)
    {
        entity.Slug = input.Slug;
        entity.ParentId = input.Parent is null ? null : await db.Brands.Where(b => b.Slug == input.Parent).Select(b => (Guid?)b.Id).FirstAsync(cancellationToken);
        entity.Level = input.Level;
        entity.SourceLocale = LocaleTag.Normalize(input.SourceLocale);
        entity.Colors = (input.Colors ?? []).Select(c => new BrandColor { Name = c.Name.Trim(), Hex = c.Hex.ToUpperInvariant(), Role = c.Role.Trim() }).ToList();
        entity.Typography = (input.Typography ?? []).Select(f => new BrandFont { Role = f.Role.Trim(), Family = f.Family.Trim(), Fallback = f.Fallback ?? "" }).ToList();
        entity.Logos = (input.Logos ?? []).Select(l => new BrandLogo { Variant = l.Variant, AssetId = l.AssetId }).ToList();
    }

    public IReadOnlyDictionary<string, string?> Summary(Brand entity) => new Dictionary<string, string?>
    {
        ["slug"] = entity.Slug,
        ["parentId"] = entity.ParentId?.ToString(),
        ["level"] = entity.Level.ToString(),
        ["sourceLocale"] = entity.SourceLocale,
        ["colors"] = string.Join(", ", entity.Colors.Select(c => $"{c.Role} {c.Hex}")),
        ["typography"] = string.Join(", ", entity.Typography.Select(f => $"{f.Role} {f.Family}")),
        ["logos"] = string.Join(", ", entity.Logos.Select(l => $"{l.Variant} {l.AssetId}")),
    };

    /// <summary>The parent and every brand above it, or null when the parent does not exist.</summary>
    private static async Task<HashSet<Guid>?> ParentChainAsync(BrandContentDb db, string parentSlug, CancellationToken cancellationToken)
    {
        var links = await db.Brands.Select(b => new { b.Id, b.Slug, b.ParentId }).ToListAsync(cancellationToken);
        var current = links.FirstOrDefault(b => b.Slug == parentSlug);
        if (current is null)
        {
            return null;
        }

        var chain = new HashSet<Guid>();
        while (current is not null && chain.Add(current.Id))
        {
            current = links.FirstOrDefault(b => b.Id == current.ParentId);
        }

        return chain;
    }
}
