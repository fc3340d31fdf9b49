using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Events;

/// <summary>Festivals and events as a kind of content.</summary>
public sealed class EventDescriptor : LocalizedKind<Event, EventVariant, EventInput>
{
    public static readonly EventDescriptor Instance = new();

    private EventDescriptor()
        : base(ContentKind.Event, EventRules.Instance, e => e.BrandId, v => v.EventId)
    {
        Text(new("name", 200, Required: true), v => v.Name, (v, x) => v.Name = x ?? "");
        Text(new("description", 10_000, Format: FieldFormat.Markdown), v => v.Description, (v, x) => v.Description = x);
    }

    public override string Description => "an event: a festival or event with its dates and place";

    protected override Event NewEntity(Guid brandId) => new() { BrandId = brandId };

    protected override EventVariant NewVariant(EntityOwner owner) => new() { EventId = owner.EntityId };
}
