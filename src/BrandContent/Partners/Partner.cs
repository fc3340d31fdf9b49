using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Partners;

/// <summary>
/// An organization that takes the brands' approved messaging away: a mission abroad, a friendship association, a news
/// agency, a KOL… Its name per locale (reference text like a campaign's), its country, the markets and audiences it
/// speaks to, its contacts (personal data: administrators only) and notes. What it may read is set by its agreements.
/// </summary>
public sealed class Partner
{
    public const int NameMaxLength = 200;
    public const int NotesMaxLength = 4_000;
    public const int MaxContacts = 20;
    public const int MaxMarkets = 50;

    public Guid Id { get; set; } = TimeOrderedId.New();

    /// <summary>The partner's name per locale tag.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    public PartnerType Type { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country it is based in (<see cref="CountryCode"/>).</summary>
    public string Country { get; set; } = "";

    /// <summary>Codes of the markets it speaks to.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Codes of the audiences it reaches.</summary>
    public List<string> Audiences { get; set; } = [];

    /// <summary>People to write to; personal data, shown to administrators only.</summary>
    public List<PartnerContact> Contacts { get; set; } = [];

    /// <summary>The communications office's notes (plain text).</summary>
    public string? Notes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

/// <summary>Someone at a partner to write to.</summary>
public sealed class PartnerContact
{
    public const int NameMaxLength = 200;

    /// <summary>RFC 5321's limit on a path, so any address that can be sent to fits.</summary>
    public const int EmailMaxLength = 254;

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";
}

/// <summary>The kinds of partner the plans name (issue 13).</summary>
public enum PartnerType
{
    MissionAbroad,
    FriendshipAssociation,
    NewsAgency,
    Media,
    Kol,
    OverseasCommunity,
    TravelTrade,
    InvestmentPromotion,
    Other,
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Names).HasColumnType("hstore");
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Country).HasMaxLength(CountryCode.Length);
        builder.Property(p => p.Notes).HasMaxLength(Partner.NotesMaxLength);
        builder.OwnsMany(p => p.Contacts, c => c.ToJson());
    }
}
