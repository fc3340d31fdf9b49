using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Clarifications;

/// <summary>A clarification in one locale: its headline, the false claim as quoted (plain text) and the official facts (Markdown).</summary>
public sealed class ClarificationVariant : Variant
{
    public Guid ClarificationId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The false claim, quoted as it circulated; plain text, never rendered as markup.</summary>
    public string Claim { get; set; } = "";

    /// <summary>The official facts, Markdown.</summary>
    public string Facts { get; set; } = "";

    public override Guid OwnerId => ClarificationId;
}

internal sealed class ClarificationVariantConfiguration : IEntityTypeConfiguration<ClarificationVariant>
{
    public void Configure(EntityTypeBuilder<ClarificationVariant> builder)
    {
        ClarificationDescriptor.Instance.ConfigureVariant(builder);
    }
}
