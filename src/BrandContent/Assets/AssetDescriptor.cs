using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Assets;

/// <summary>Assets of the media bank as a kind of content: their localized title, alt text and caption.</summary>
public sealed class AssetDescriptor : LocalizedKind<Asset, AssetVariant, AssetInput>
{
    public static readonly AssetDescriptor Instance = new();

    private AssetDescriptor()
        : base(ContentKind.Asset, AssetRules.Instance, a => a.BrandId, v => v.AssetId)
    {
        Text(new("title", 200, Required: true), v => v.Title, (v, x) => v.Title = x ?? "");
        Text(new("altText", 500), v => v.AltText, (v, x) => v.AltText = x);
        Text(new("caption", 2_000), v => v.Caption, (v, x) => v.Caption = x);
    }

    public override string Description => "an asset: media of the brand's asset bank (image, video, document, infographic) with credits and rights";

    /// <summary>With its pillar links, so an update changes them in place and its audit says what they were.</summary>
    public override async Task<IContentEntity?> FindEntityAsync(BrandContentDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Assets.AsTracking().Include(a => a.Pillars).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    protected override Asset NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override AssetVariant NewVariant(EntityOwner owner) => new() { AssetId = owner.EntityId };
}
