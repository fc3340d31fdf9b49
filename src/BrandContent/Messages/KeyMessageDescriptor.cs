using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Messages;

/// <summary>Key messages as a kind of content.</summary>
public sealed class KeyMessageDescriptor : LocalizedKind<KeyMessage, KeyMessageVariant, KeyMessageInput>
{
    public static readonly KeyMessageDescriptor Instance = new();

    private KeyMessageDescriptor()
        : base(ContentKind.KeyMessage, KeyMessageRules.Instance, m => m.BrandId, v => v.KeyMessageId)
    {
        Text(new("headline", 200, Required: true), v => v.Headline, (v, x) => v.Headline = x ?? "");
        Text(new("body", 4_000), v => v.Body, (v, x) => v.Body = x);
    }

    public override string Description => "a key message: approved messaging for given markets and audiences, valid for a phase";

    protected override KeyMessage NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override KeyMessageVariant NewVariant(EntityOwner owner) => new() { KeyMessageId = owner.EntityId };
}
