namespace BrandContent.Assets;

public enum AssetKind
{
    Image,
    Video,
    Document,
    Infographic,
}
