using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Events;

public sealed class EventVariant : Variant
{
    public Guid EventId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public override Guid OwnerId => EventId;
}

internal sealed class EventVariantConfiguration : IEntityTypeConfiguration<EventVariant>
{
    public void Configure(EntityTypeBuilder<EventVariant> builder)
    {
        EventDescriptor.Instance.ConfigureVariant(builder);
    }
}
