using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Pillars;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Assets;

/// <summary>Assets for the asset bank's tests: a name that shows in every title ("a3 ko"), kind, rights, tags and pillars.</summary>
public static class AssetBankData
{
    public static Asset Asset(
        Brand brand, string name, AssetKind kind = AssetKind.Image, DateTimeOffset? rightsExpireAt = null, string[]? tags = null, Pillar[]? pillars = null,
        string? url = null, params V[] locales)
    {
        var video = kind == AssetKind.Video;
        var asset = new Asset
        {
            BrandId = brand.Id,
            Kind = kind,
            Url = url ?? $"https://media.test/{name}-{Guid.NewGuid():N}.{(video ? "mp4" : "jpg")}",
            MimeType = video ? "video/mp4" : "image/jpeg",
            Width = 1600,
            Height = 900,
            DurationSeconds = video ? 42.5 : null,
            Credit = $"Credit {name}",
            License = "CC BY 4.0",
            RightsExpireAt = rightsExpireAt,
            Tags = tags?.ToList() ?? [],
        };
        asset.Pillars = (pillars ?? []).Select((p, i) => new AssetPillar { AssetId = asset.Id, PillarId = p.Id, Position = i }).ToList();
        asset.Variants = (locales.Length == 0 ? [new V("vi")] : locales)
            .SelectMany(v => v.Rows(new AssetVariant { Title = $"{name} {v.Locale}", AltText = $"Alt {name} {v.Locale}", Caption = $"Caption {name} {v.Locale}" }))
            .ToList();
        return asset;
    }

    public static async Task SaveAsync(BrandContentApp app, params object[] entities)
    {
        await using var db = app.OpenDb();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
