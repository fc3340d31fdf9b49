using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Clarifications;

/// <summary>Clarifications as a kind of content: a headline, the quoted claim and the facts per locale.</summary>
public sealed class ClarificationDescriptor : LocalizedKind<Clarification, ClarificationVariant, ClarificationInput>
{
    public const int TitleMaxLength = 200;
    public const int ClaimMaxLength = 2000;
    public const int FactsMaxLength = 20_000;

    public static readonly ClarificationDescriptor Instance = new();

    private ClarificationDescriptor()
        : base(ContentKind.Clarification, ClarificationRules.Instance, c => c.BrandId, v => v.ClarificationId)
    {
        Text(new("title", TitleMaxLength, Required: true), v => v.Title, (v, x) => v.Title = x ?? "");
        Text(new("claim", ClaimMaxLength, Required: true), v => v.Claim, (v, x) => v.Claim = x ?? "");
        Text(new("facts", FactsMaxLength, Required: true, Format: FieldFormat.Markdown), v => v.Facts, (v, x) => v.Facts = x ?? "");
    }

    public override string Description => "a clarification: the official facts answering a false claim, for the markets it concerns";

    protected override Clarification NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override ClarificationVariant NewVariant(EntityOwner owner) => new() { ClarificationId = owner.EntityId };

    protected override Task<IEnumerable<(ClarificationVariant Variant, FieldProblem Problem)>> ValidateVariantsAsync(
        BrandContentDb db, IReadOnlyList<(ClarificationVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        Task.FromResult(variants.SelectMany(v => ClarificationVariantRules.Check(v.Variant).Select(problem => (v.Variant, problem))));
}
