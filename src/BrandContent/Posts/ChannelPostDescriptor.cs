using BrandContent.Assets;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Posts;

/// <summary>
/// Channel posts as a kind of content: their localizable fields, and each variant checked against the rules of every
/// channel its post targets (<see cref="ChannelPostVariantRules"/>).
/// </summary>
public sealed class ChannelPostDescriptor : LocalizedKind<ChannelPost, ChannelPostVariant, ChannelPostInput>
{
    /// <summary>The longest text any demo channel takes (Facebook: 63,206 characters); each channel's own limit is checked on top.</summary>
    public const int TextMaxLength = 63_206;

    public const int ScriptMaxLength = 20_000;
    public const int SloganMaxLength = 200;
    public const int MaxMedia = 20;
    public const int AltTextMaxLength = 1_000;

    public static readonly ChannelPostDescriptor Instance = new();

    private ChannelPostDescriptor()
        : base(ContentKind.ChannelPost, ChannelPostRules.Instance, p => p.BrandId, v => v.PostId)
    {
        Text(new("text", TextMaxLength), v => v.Text, (v, x) => v.Text = x);
        Lines(new("hashtags", 4_000, Format: FieldFormat.Lines), v => v.Hashtags, (v, x) => v.Hashtags = Hashtag.NormalizeAll(x));
        Text(new("link", Asset.UrlMaxLength, Translatable: false), v => v.Link, (v, x) => v.Link = x?.Trim());
        Lines(new("media", MaxMedia * 40, Format: FieldFormat.Lines, Translatable: false), v => [.. v.Media.Select(id => id.ToString("D"))], (v, x) => v.Media = MediaIds(x));
        Lines(new("altTexts", MaxMedia * (AltTextMaxLength + 1), Format: FieldFormat.Lines), v => v.AltTexts, (v, x) => v.AltTexts = x);
        Text(new("script", ScriptMaxLength), v => v.Script, (v, x) => v.Script = x);
        Text(new("slogan", SloganMaxLength), v => v.Slogan, (v, x) => v.Slogan = x);
    }

    public override string Description => "a channel post: a social post, radio script or banner slogan for given channels and markets";

    protected override ChannelPost NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override ChannelPostVariant NewVariant(EntityOwner owner) => new() { PostId = owner.EntityId };

    protected override async Task<IEnumerable<(ChannelPostVariant Variant, FieldProblem Problem)>> ValidateVariantsAsync(
        BrandContentDb db, IReadOnlyList<(ChannelPostVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        await ChannelPostVariantRules.CheckAsync(db, variants, cancellationToken);

    /// <summary>Media ids, each once in its first position; a line that is no id is refused with the field named.</summary>
    private static List<Guid> MediaIds(List<string> lines)
    {
        var bad = lines.Where(line => !Guid.TryParse(line, out _)).Select(line => new FieldProblem("media", ValidationRule.Reference, line)).ToList();
        ValidationFailedException.ThrowIfAny(bad);
        return [.. lines.Select(Guid.Parse).Distinct()];
    }
}
