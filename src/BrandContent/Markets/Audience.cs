using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Markets;

/// <summary>A group of people a message is written for: tourists, investors, students, media, overseas Vietnamese…</summary>
public sealed class Audience
{
    public string Code { get; set; } = "";

    public Dictionary<string, string> Names { get; set; } = [];
}

internal sealed class AudienceConfiguration : IEntityTypeConfiguration<Audience>
{
    public void Configure(EntityTypeBuilder<Audience> builder)
    {
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(32);
        builder.Property(a => a.Names).HasColumnType("hstore");
    }
}
