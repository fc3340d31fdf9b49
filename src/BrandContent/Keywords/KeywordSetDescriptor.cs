using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Posts;
using BrandContent.Storage;

namespace BrandContent.Keywords;

/// <summary>
/// Keyword sets as a kind of content: a theme's name, keywords and hashtags per locale, each keyword and hashtag in its
/// one spelling and checked beyond length (<see cref="KeywordSetVariantRules"/>).
/// </summary>
public sealed class KeywordSetDescriptor : LocalizedKind<KeywordSet, KeywordSetVariant, KeywordSetInput>
{
    public const int NameMaxLength = 200;
    public const int MaxKeywords = 50;
    public const int MaxHashtags = 30;

    public static readonly KeywordSetDescriptor Instance = new();

    private KeywordSetDescriptor()
        : base(ContentKind.KeywordSet, KeywordSetRules.Instance, k => k.BrandId, v => v.KeywordSetId)
    {
        Text(new("name", NameMaxLength, Required: true), v => v.Name, (v, x) => v.Name = x ?? "");
        Lines(new("keywords", MaxKeywords * (Keyword.MaxLength + 1), Format: FieldFormat.Lines), v => v.Keywords, (v, x) => v.Keywords = Keyword.NormalizeAll(x));
        Lines(new("hashtags", MaxHashtags * (Hashtag.MaxLength + 1), Format: FieldFormat.Lines), v => v.Hashtags, (v, x) => v.Hashtags = Hashtag.NormalizeAll(x));
    }

    public override string Description => "a keyword set: the keywords and hashtags communicators use for a theme or pillar, in given markets";

    protected override KeywordSet NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override KeywordSetVariant NewVariant(EntityOwner owner) => new() { KeywordSetId = owner.EntityId };

    protected override Task<IEnumerable<(KeywordSetVariant Variant, FieldProblem Problem)>> ValidateVariantsAsync(
        BrandContentDb db, IReadOnlyList<(KeywordSetVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        Task.FromResult(variants.SelectMany(v => KeywordSetVariantRules.Check(v.Variant).Select(problem => (v.Variant, problem))));
}
