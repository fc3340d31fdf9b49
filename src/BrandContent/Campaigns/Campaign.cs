using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Campaigns;

/// <summary>
/// A campaign of a brand (the plans run phases and campaigns per market): its name per locale, goal, markets, period
/// and status. It groups channel posts (each post names its campaign) and the brand's stories and events (listed here,
/// so those kinds stay as they are).
/// </summary>
public sealed class Campaign : IArchivable
{
    public const int NameMaxLength = 200;
    public const int GoalMaxLength = 4_000;
    public const int MaxMembers = 200;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The campaign's name per locale tag; reference text like a market's name, not workflow content.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>What the campaign is for, in the brand's source language (plain text).</summary>
    public string? Goal { get; set; }

    /// <summary>Codes of the markets the campaign runs in.</summary>
    public List<string> Markets { get; set; } = [];

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public CampaignStatus Status { get; set; } = CampaignStatus.Planned;

    /// <summary>Stories of the brand the campaign groups, in the editor's order.</summary>
    public List<Guid> StoryIds { get; set; } = [];

    /// <summary>Events of the brand the campaign groups, in the editor's order.</summary>
    public List<Guid> EventIds { get; set; } = [];

    /// <summary>An archived campaign is kept (its posts keep pointing at it) but no longer listed.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

public enum CampaignStatus
{
    Planned,
    Active,
    Completed,
    Cancelled,
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.Names).HasColumnType("hstore");
        builder.Property(c => c.Goal).HasMaxLength(Campaign.GoalMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Brand>().WithMany().HasForeignKey(c => c.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.BrandId, c.StartsOn });
        builder.HasIndex(c => c.Markets).HasMethod("gin");
        builder.ToTable(t => t.HasCheckConstraint("CK_Campaigns_Dates", "\"EndsOn\" >= \"StartsOn\""));
    }
}
