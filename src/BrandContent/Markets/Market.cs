using BrandContent.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Markets;

/// <summary>A country or region a brand speaks to, with the ordered locales its readers are served in.</summary>
public sealed class Market : IArchivable
{
    public string Code { get; set; } = "";

    /// <summary>The market's name per locale tag.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>Ordered: the first locale that has content wins (e.g. Japan: ja → en).</summary>
    public List<string> LocaleChain { get; set; } = [];

    public List<string> Audiences { get; set; } = [];

    /// <summary>The IANA time zone the market's schedules are written in (<see cref="MarketTimeZone"/>).</summary>
    public string TimeZone { get; set; } = MarketTimeZone.Default;

    /// <summary>An archived market is no longer offered to readers; its code stays reserved.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
}

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(MarketCode.MaxLength);
        builder.Property(m => m.Names).HasColumnType("hstore");
        builder.Property(m => m.TimeZone).HasMaxLength(MarketTimeZone.MaxLength);
    }
}
