using BrandContent.Brands;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Translation;

/// <summary>A term of a brand's term base: its approved translation per locale, or "never translate" (Gia Lai, OCOP).</summary>
public sealed class GlossaryTerm
{
    public const int TermMaxLength = 200;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The term as written in the brand's source locale.</summary>
    public string Term { get; set; } = "";

    public bool DoNotTranslate { get; set; }

    /// <summary>Approved translation per locale tag.</summary>
    public Dictionary<string, string> Translations { get; set; } = [];

    public string? Note { get; set; }
}

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Term).HasMaxLength(GlossaryTerm.TermMaxLength);
        builder.Property(t => t.Translations).HasColumnType("hstore");
        builder.HasOne<Brand>().WithMany().HasForeignKey(t => t.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.BrandId, t.Term }).IsUnique();
    }
}
