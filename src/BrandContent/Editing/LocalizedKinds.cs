using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>The localizable fields of every content kind: one definition used by editing, reports and XLIFF.</summary>
public static class LocalizedKinds
{
    public static readonly LocalizedKind Brand = new LocalizedKind<Brand, BrandVariant>(ContentKind.Brand, nameof(BrandVariant.BrandId), "Id")
        .Text(new("name", 120, Required: true), v => v.Name, (v, x) => v.Name = x ?? "")
        .Text(new("slogan", 200), v => v.Slogan, (v, x) => v.Slogan = x)
        .Text(new("story", 20_000, Format: FieldFormat.Markdown), v => v.Story, (v, x) => v.Story = x)
        .Text(new("toneOfVoice", 2_000), v => v.ToneOfVoice, (v, x) => v.ToneOfVoice = x)
        .Lines(new("usageDo", 4_000, Format: FieldFormat.Lines), v => v.UsageDo, (v, x) => v.UsageDo = x)
        .Lines(new("usageDont", 4_000, Format: FieldFormat.Lines), v => v.UsageDont, (v, x) => v.UsageDont = x);

    public static readonly LocalizedKind Pillar = new LocalizedKind<Pillar, PillarVariant>(ContentKind.Pillar, nameof(PillarVariant.PillarId), "BrandId")
        .Text(new("name", 120, Required: true), v => v.Name, (v, x) => v.Name = x ?? "")
        .Text(new("description", 4_000), v => v.Description, (v, x) => v.Description = x);

    public static readonly LocalizedKind KeyMessage = new LocalizedKind<KeyMessage, KeyMessageVariant>(ContentKind.KeyMessage, nameof(KeyMessageVariant.KeyMessageId), "BrandId")
        .Text(new("headline", 200, Required: true), v => v.Headline, (v, x) => v.Headline = x ?? "")
        .Text(new("body", 4_000), v => v.Body, (v, x) => v.Body = x);

    public static readonly LocalizedKind Story = new LocalizedKind<Story, StoryVariant>(ContentKind.Story, nameof(StoryVariant.StoryId), "BrandId")
    {
        OnCreate = (v, owner) => v.BrandId = owner.BrandId,
        Rules = async (db, variants, ct) =>
        {
            // A slug is unique per brand and locale among working copies: one query for the whole batch.
            var brandIds = variants.Select(v => v.Owner.BrandId).Distinct().ToList();
            var locales = variants.Select(v => v.Variant.Locale).Distinct().ToList();
            var slugs = variants.Select(v => v.Variant.Slug).Distinct().ToList();
            var taken = (await db.StoryVariants.Where(o => !o.IsLive && brandIds.Contains(o.BrandId) && locales.Contains(o.Locale) && slugs.Contains(o.Slug))
                .Select(o => new { o.Id, o.BrandId, o.Locale, o.Slug }).ToListAsync(ct)).ToLookup(o => (o.BrandId, o.Locale, o.Slug), o => o.Id);
            return variants.Where(v => taken[(v.Owner.BrandId, v.Variant.Locale, v.Variant.Slug)].Any(id => id != v.Variant.Id))
                .Select(v => (v.Variant, new FieldProblem("slug", ValidationRule.SlugTaken, v.Variant.Slug, v.Variant.Locale)));
        },
    }
        .Text(new("title", 200, Required: true), v => v.Title, (v, x) => v.Title = x ?? "")
        .Text(new("slug", StoryVariant.SlugMaxLength, Required: true, Format: FieldFormat.Slug), v => v.Slug, (v, x) => v.Slug = x ?? "")
        .Text(new("summary", 1_000), v => v.Summary, (v, x) => v.Summary = x)
        .Text(new("body", 100_000, Format: FieldFormat.Markdown), v => v.Body, (v, x) => v.Body = x)
        .Text(new("seoTitle", 70), v => v.SeoTitle, (v, x) => v.SeoTitle = x)
        .Text(new("seoDescription", 200), v => v.SeoDescription, (v, x) => v.SeoDescription = x)
        .Lines(new("seoKeywords", 2_000, Format: FieldFormat.Lines), v => v.SeoKeywords, (v, x) => v.SeoKeywords = x);

    public static readonly LocalizedKind Asset = new LocalizedKind<Asset, AssetVariant>(ContentKind.Asset, nameof(AssetVariant.AssetId), "BrandId")
        .Text(new("title", 200, Required: true), v => v.Title, (v, x) => v.Title = x ?? "")
        .Text(new("altText", 500), v => v.AltText, (v, x) => v.AltText = x)
        .Text(new("caption", 2_000), v => v.Caption, (v, x) => v.Caption = x);

    public static readonly LocalizedKind Event = new LocalizedKind<Event, EventVariant>(ContentKind.Event, nameof(EventVariant.EventId), "BrandId")
        .Text(new("name", 200, Required: true), v => v.Name, (v, x) => v.Name = x ?? "")
        .Text(new("description", 10_000, Format: FieldFormat.Markdown), v => v.Description, (v, x) => v.Description = x);

    public static readonly IReadOnlyList<LocalizedKind> All = [Brand, Pillar, KeyMessage, Story, Asset, Event];

    public static LocalizedKind Of(ContentKind kind) => All.Single(k => k.Kind == kind);
}
