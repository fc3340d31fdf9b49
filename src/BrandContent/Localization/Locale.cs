using BrandContent.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Localization;

/// <summary>A language the content is written in, by its BCP 47 tag.</summary>
public sealed class Locale : IArchivable
{
    /// <summary>Of a locale's and a market's names.</summary>
    public const int NameMaxLength = 100;

    public string Tag { get; set; } = "";

    /// <summary>English name, for tools and reports.</summary>
    public string Name { get; set; } = "";

    /// <summary>The name in the language itself, for language pickers.</summary>
    public string NativeName { get; set; } = "";

    /// <summary>An archived locale takes no new variants; existing ones keep their history.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
}

internal sealed class LocaleConfiguration : IEntityTypeConfiguration<Locale>
{
    public void Configure(EntityTypeBuilder<Locale> builder)
    {
        builder.HasKey(l => l.Tag);
        builder.Property(l => l.Tag).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(l => l.Name).HasMaxLength(Locale.NameMaxLength).IsRequired();
        builder.Property(l => l.NativeName).HasMaxLength(Locale.NameMaxLength).IsRequired();
    }
}
