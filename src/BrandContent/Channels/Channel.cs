using System.Text.Json;
using System.Text.Json.Serialization;
using BrandContent.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Channels;

/// <summary>Where content goes out (a social network, a portal, commune radio, a banner…), the markets it serves and its rules.</summary>
public sealed class Channel : IArchivable
{
    public const int NameMaxLength = 200;

    public string Code { get; set; } = "";

    /// <summary>The channel's name per locale tag.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    public ChannelKind Kind { get; set; }

    /// <summary>Codes of the markets the channel serves; <c>Market.channels</c> is read from here.</summary>
    public List<string> Markets { get; set; } = [];

    public ChannelRules Rules { get; set; } = new();

    /// <summary>An archived channel takes no new posts; its code stays reserved.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
}

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    // Enum names, not numbers, in the stored document: readable in psql and stable if an enum gains a member.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(ChannelCode.MaxLength);
        builder.Property(c => c.Names).HasColumnType("hstore");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Rules)
            .HasColumnType("jsonb")
            .HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                json => JsonSerializer.Deserialize<ChannelRules>(json, Json) ?? new ChannelRules(),
                new ValueComparer<ChannelRules>((a, b) => Equals(a, b), rules => rules.GetHashCode(), rules => rules));
        builder.HasIndex(c => c.Markets).HasMethod("gin");
    }
}
