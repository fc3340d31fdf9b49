using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Monitoring;

/// <summary>
/// One piece of media coverage found by monitoring: an article, a broadcast, a post. Its URL, normalized
/// (<see cref="MentionUrl"/>), is unique: the same article reported twice is one mention.
/// </summary>
public sealed class Mention
{
    public const int OutletMaxLength = 200;
    public const int UrlMaxLength = 2048;
    public const int HeadlineMaxLength = 500;

    public Guid Id { get; set; } = TimeOrderedId.New();

    /// <summary>The brands the coverage is about (at least one); a PostgreSQL array so that "mentions of a brand" is one indexed test.</summary>
    public List<Guid> BrandIds { get; set; } = [];

    /// <summary>When the outlet published it, in UTC.</summary>
    public DateTimeOffset PublishedAt { get; set; }

    public string Outlet { get; set; } = "";

    /// <summary>The normalized http(s) address (<see cref="MentionUrl.TryNormalize"/>).</summary>
    public string Url { get; set; } = "";

    /// <summary>The market (country or region) of the outlet's readers, a <see cref="Market"/> code.</summary>
    public string MarketCode { get; set; } = "";

    /// <summary>The language of the coverage, a BCP 47 tag (not necessarily one the brand is served in).</summary>
    public string Language { get; set; } = "";

    /// <summary>The monitoring tool's estimate of readers or viewers, when it gives one.</summary>
    public long? Reach { get; set; }

    public Sentiment Sentiment { get; set; }

    /// <summary>The coverage spreads false information about the brand (what a clarification answers).</summary>
    public bool FalseInformation { get; set; }

    /// <summary>The brands' pillars the coverage concerns; may be empty.</summary>
    public List<Guid> PillarIds { get; set; } = [];

    public string Headline { get; set; } = "";

    /// <summary>The API key's name that recorded or imported it.</summary>
    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Outlet).HasMaxLength(Mention.OutletMaxLength);
        builder.Property(m => m.Url).HasMaxLength(Mention.UrlMaxLength);
        builder.Property(m => m.MarketCode).HasMaxLength(MarketCode.MaxLength);
        builder.Property(m => m.Language).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(m => m.Sentiment).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Headline).HasMaxLength(Mention.HeadlineMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasOne<Market>().WithMany().HasForeignKey(m => m.MarketCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Url).IsUnique();
        builder.HasIndex(m => m.BrandIds).HasMethod("gin");
        builder.HasIndex(m => m.PublishedAt);
    }
}
