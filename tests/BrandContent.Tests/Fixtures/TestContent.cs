using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Pillars;
using BrandContent.Publishing;
using BrandContent.Stories;

namespace BrandContent.Tests.Fixtures;

/// <summary>How one variant of a test entity should look: its locale and workflow state.</summary>
public sealed record V(string Locale, WorkflowStatus Status = WorkflowStatus.Published, DateTimeOffset? PublishAt = null, DateTimeOffset? UnpublishAt = null)
{
    public static implicit operator V(string locale) => new(locale);

    public TVariant Apply<TVariant>(TVariant variant)
        where TVariant : Variant
    {
        variant.Locale = Locale;
        variant.Status = Status;
        variant.PublishAt = PublishAt;
        variant.UnpublishAt = UnpublishAt;
        variant.SourceRevision = Locale == "vi" ? null : 1;
        return variant;
    }

    /// <summary>The working variant, and its live copy when it is published (as publishing would leave them).</summary>
    public IEnumerable<TVariant> Rows<TVariant>(TVariant variant)
        where TVariant : Variant
    {
        Apply(variant);
        return Status == WorkflowStatus.Published ? [variant, variant.ToLive<TVariant>()] : [variant];
    }
}

/// <summary>Builders for test data: a brand with a unique slug and the content hung from it, texts derived from locale.</summary>
public static class TestContent
{
    public static Brand Brand(string? slug = null, params V[] locales) =>
        new()
        {
            Slug = slug ?? $"test-{Guid.NewGuid():N}"[..20],
            Level = BrandLevel.Province,
            SourceLocale = "vi",
            Colors = [new BrandColor { Name = "Test red", Hex = "#AA0000", Role = "PRIMARY" }],
            Variants = (locales.Length == 0 ? [new V("vi")] : locales)
                .SelectMany(v => v.Rows(new BrandVariant { Name = $"Brand {v.Locale}", Slogan = $"Slogan {v.Locale}" }))
                .ToList(),
        };

    public static Pillar Pillar(Brand brand, string key, int position = 1, params V[] locales) =>
        new()
        {
            BrandId = brand.Id,
            Key = key,
            Position = position,
            Variants = (locales.Length == 0 ? [new V("vi"), new V("en")] : locales)
                .SelectMany(v => v.Rows(new PillarVariant { Name = $"{key} {v.Locale}" }))
                .ToList(),
        };

    public static Asset Asset(Brand brand, DateTimeOffset? rightsExpireAt = null) =>
        new()
        {
            BrandId = brand.Id,
            Kind = AssetKind.Image,
            Url = $"https://media.test/{Guid.NewGuid():N}.jpg",
            MimeType = "image/jpeg",
            Width = 1600,
            Height = 900,
            RightsExpireAt = rightsExpireAt,
            Variants = [.. new V("vi").Rows(new AssetVariant { Title = "Ảnh", AltText = "Ảnh thử" }), .. new V("en").Rows(new AssetVariant { Title = "Photo" })],
        };

    /// <summary>A story whose title and slug say its name and locale, e.g. "s3 ko" and "s3-ko".</summary>
    public static Story Story(Brand brand, string name, DateOnly date, params V[] locales)
    {
        var story = new Story { BrandId = brand.Id, Date = date, Tags = ["test"] };
        story.Variants = (locales.Length == 0 ? [new V("vi")] : locales)
            .SelectMany(v => v.Rows(new StoryVariant
            {
                StoryId = story.Id,
                BrandId = brand.Id,
                Title = $"{name} {v.Locale}",
                Slug = $"{name}-{v.Locale}".ToLowerInvariant(),
                Summary = $"Summary of {name} in {v.Locale}",
                Body = $"# {name}\n\nBody in {v.Locale}.",
            }))
            .ToList();
        return story;
    }

    public static Story WithPillars(this Story story, params Pillar[] pillars)
    {
        story.Pillars = pillars.Select((p, i) => new StoryPillar { StoryId = story.Id, PillarId = p.Id, Position = i }).ToList();
        return story;
    }

    public static Story WithHero(this Story story, Asset asset)
    {
        story.HeroAssetId = asset.Id;
        return story;
    }

    public static Event Event(Brand brand, DateOnly startsOn, DateOnly endsOn, params V[] locales) =>
        new()
        {
            BrandId = brand.Id,
            StartsOn = startsOn,
            EndsOn = endsOn,
            Place = "Test place",
            Variants = (locales.Length == 0 ? [new V("vi")] : locales)
                .SelectMany(v => v.Rows(new EventVariant { Name = $"Event {startsOn:yyyy-MM-dd} {v.Locale}" }))
                .ToList(),
        };
}
