using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Events;

/// <summary>A festival or event with its dates and place.</summary>
public sealed class Event : IContentEntity
{
    public const int PlaceMaxLength = 200;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string Place { get; set; } = "";

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<EventVariant> Variants { get; set; } = [];
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(e => e.Place).HasMaxLength(Event.PlaceMaxLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(e => e.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Variants).WithOne().HasForeignKey(v => v.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.BrandId, e.StartsOn });
        builder.ToTable(t => t.HasCheckConstraint("CK_Events_Dates", "\"EndsOn\" >= \"StartsOn\""));
    }
}
