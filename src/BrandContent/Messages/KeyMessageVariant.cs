using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Messages;

public sealed class KeyMessageVariant : Variant
{
    public Guid KeyMessageId { get; set; }

    public string Headline { get; set; } = "";

    public string? Body { get; set; }

    public override Guid OwnerId => KeyMessageId;
}

internal sealed class KeyMessageVariantConfiguration : IEntityTypeConfiguration<KeyMessageVariant>
{
    public void Configure(EntityTypeBuilder<KeyMessageVariant> builder)
    {
        KeyMessageDescriptor.Instance.ConfigureVariant(builder);
    }
}
