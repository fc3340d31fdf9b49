using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Pillars;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Messages;

/// <summary>Short approved messaging for a brand, for given markets and audiences, valid for a phase.</summary>
public sealed class KeyMessage : IContentEntity
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    public Guid? PillarId { get; set; }

    /// <summary>Market codes it is meant for; empty means every market.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Audience codes it is meant for; empty means every audience.</summary>
    public List<string> Audiences { get; set; } = [];

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>1 is the most important.</summary>
    public int Priority { get; set; } = 1;

    /// <summary>The parent brand's message this one stays consistent with.</summary>
    public Guid? AlignsWithId { get; set; }

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<KeyMessageVariant> Variants { get; set; } = [];
}

internal sealed class KeyMessageConfiguration : IEntityTypeConfiguration<KeyMessage>
{
    public void Configure(EntityTypeBuilder<KeyMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Brand>().WithMany().HasForeignKey(m => m.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pillar>().WithMany().HasForeignKey(m => m.PillarId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<KeyMessage>().WithMany().HasForeignKey(m => m.AlignsWithId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Variants).WithOne().HasForeignKey(v => v.KeyMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BrandId, m.Priority });
    }
}
