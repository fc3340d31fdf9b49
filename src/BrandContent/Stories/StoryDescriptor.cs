using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Stories;

/// <summary>Stories as a kind of content: their localizable fields, and a slug unique per brand and locale.</summary>
public sealed class StoryDescriptor : LocalizedKind<Story, StoryVariant, StoryInput>
{
    public static readonly StoryDescriptor Instance = new();

    private StoryDescriptor()
        : base(ContentKind.Story, StoryRules.Instance, s => s.BrandId, v => v.StoryId)
    {
        Text(new("title", 200, Required: true), v => v.Title, (v, x) => v.Title = x ?? "");
        Text(new("slug", StoryVariant.SlugMaxLength, Required: true, Format: FieldFormat.Slug), v => v.Slug, (v, x) => v.Slug = x ?? "");
        Text(new("summary", 1_000), v => v.Summary, (v, x) => v.Summary = x);
        Text(new("body", 100_000, Format: FieldFormat.Markdown), v => v.Body, (v, x) => v.Body = x);
        Text(new("seoTitle", 70), v => v.SeoTitle, (v, x) => v.SeoTitle = x);
        Text(new("seoDescription", 200), v => v.SeoDescription, (v, x) => v.SeoDescription = x);
        Lines(new("seoKeywords", 2_000, Format: FieldFormat.Lines), v => v.SeoKeywords, (v, x) => v.SeoKeywords = x);
    }

    public override string Description => "a story: a narrative about the destination, tagged with pillars, places and events";

    protected override Story NewEntity(Guid brandId) => new() { BrandId = brandId };

    // The brand is copied onto the variant so that a slug can be unique per brand and locale.
    protected override StoryVariant NewVariant(EntityOwner owner) => new() { StoryId = owner.EntityId, BrandId = owner.BrandId };

    /// <summary>A slug is unique per brand and locale among working copies: one query for the whole batch.</summary>
    protected override async Task<IEnumerable<(StoryVariant Variant, FieldProblem Problem)>> ValidateVariantsAsync(
        BrandContentDb db, IReadOnlyList<(StoryVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken)
    {
        var brandIds = variants.Select(v => v.Owner.BrandId).Distinct().ToList();
        var locales = variants.Select(v => v.Variant.Locale).Distinct().ToList();
        var slugs = variants.Select(v => v.Variant.Slug).Distinct().ToList();
        var taken = (await db.StoryVariants
                .Where(o => !o.IsLive && brandIds.Contains(o.BrandId) && locales.Contains(o.Locale) && slugs.Contains(o.Slug))
                .Select(o => new { o.Id, o.BrandId, o.Locale, o.Slug })
                .ToListAsync(cancellationToken))
            .ToLookup(o => (o.BrandId, o.Locale, o.Slug), o => o.Id);
        return variants
            .Where(v => taken[(v.Owner.BrandId, v.Variant.Locale, v.Variant.Slug)].Any(id => id != v.Variant.Id))
            .Select(v => (v.Variant, new FieldProblem("slug", ValidationRule.SlugTaken, v.Variant.Slug, v.Variant.Locale)));
    }
}
