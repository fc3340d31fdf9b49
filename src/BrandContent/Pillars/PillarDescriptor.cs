using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Pillars;

/// <summary>Story pillars as a kind of content.</summary>
public sealed class PillarDescriptor : LocalizedKind<Pillar, PillarVariant, PillarInput>
{
    public static readonly PillarDescriptor Instance = new();

    private PillarDescriptor()
        : base(ContentKind.Pillar, PillarRules.Instance, p => p.BrandId, v => v.PillarId)
    {
        Text(new("name", 120, Required: true), v => v.Name, (v, x) => v.Name = x ?? "");
        Text(new("description", 4_000), v => v.Description, (v, x) => v.Description = x);
    }

    public override string Description => "a story pillar: a theme the brand is built on";

    protected override Pillar NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override PillarVariant NewVariant(EntityOwner owner) => new() { PillarId = owner.EntityId };
}
