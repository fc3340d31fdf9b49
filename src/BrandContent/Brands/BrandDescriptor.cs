using BrandContent.Access;
using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Brands;

/// <summary>Brands as a kind of content: the identity text (name, slogan, story, tone, usage rules) is localized.</summary>
public sealed class BrandDescriptor : LocalizedKind<Brand, BrandVariant, BrandInput>
{
    public static readonly BrandDescriptor Instance = new();

    private BrandDescriptor()
        : base(ContentKind.Brand, BrandRules.Instance, b => b.Id, v => v.BrandId)
    {
        Text(new("name", 120, Required: true), v => v.Name, (v, x) => v.Name = x ?? "");
        Text(new("slogan", 200), v => v.Slogan, (v, x) => v.Slogan = x);
        Text(new("story", 20_000, Format: FieldFormat.Markdown), v => v.Story, (v, x) => v.Story = x);
        Text(new("toneOfVoice", 2_000), v => v.ToneOfVoice, (v, x) => v.ToneOfVoice = x);
        Lines(new("usageDo", 4_000, Format: FieldFormat.Lines), v => v.UsageDo, (v, x) => v.UsageDo = x);
        Lines(new("usageDont", 4_000, Format: FieldFormat.Lines), v => v.UsageDont, (v, x) => v.UsageDont = x);
    }

    public override string Description => "a brand: a destination (country, province, commune) and its identity kit";

    /// <summary>Destinations are reference data: administrators add them.</summary>
    public override Permission CreatePermission => Permission.ManageReferenceData;

    public override bool BelongsToBrand => false;

    // A brand is its own brand: its id is the key of its variants and of everything in it.
    protected override Brand NewEntity(Guid brandId) => new();

    protected override BrandVariant NewVariant(EntityOwner owner) => new() { BrandId = owner.EntityId };
}
