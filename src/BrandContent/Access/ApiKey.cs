using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Access;

/// <summary>
/// A caller's credential. Only a SHA-256 hash of the secret is stored (secrets are 256-bit random values, so a
/// fast hash is enough); the first characters are kept in clear to find the key without scanning.
/// </summary>
public sealed class ApiKey
{
    public const int PrefixLength = 12;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public string Name { get; set; } = "";

    public string Prefix { get; set; } = "";

    public byte[] SecretHash { get; set; } = [];

    public Role Role { get; set; }

    /// <summary>Brand ids the key may reach; empty means every brand.</summary>
    public List<Guid> Brands { get; set; } = [];

    /// <summary>Market codes the key may read; empty means every market.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Locales the key may write (translators) or read; empty means every locale.</summary>
    public List<string> Locales { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Its answers may be kept by a shared cache (a CDN in front of the API): published content for everyone alike.</summary>
    public bool CdnCacheable { get; set; }

    /// <summary>A partner's key belongs to an agreement and works only while it is in force (Partners/AgreementTerm).</summary>
    public Guid? AgreementId { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(EditContext.ActorMaxLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.CreatedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasOne<Partners.Agreement>().WithMany().HasForeignKey(k => k.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
