using System.Security.Cryptography;
using BrandContent.Access;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Studio;

/// <summary>
/// A signed-in studio user: the browser holds only a random session id, the table only its SHA-256, so neither a
/// stolen cookie jar nor a copy of the table gives away an API key. The key is checked again on every request.
/// </summary>
public sealed class StudioSession
{
    /// <summary>The culture column holds a tag such as <c>vi</c> or <c>en</c>.</summary>
    public const int CultureMaxLength = 16;

    public Guid Id { get; set; } = TimeOrderedId.New();

    /// <summary>SHA-256 of the id the cookie holds.</summary>
    public byte[] TokenHash { get; set; } = [];

    public Guid ApiKeyId { get; set; }

    public ApiKey? ApiKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The absolute end, whatever the activity.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The language the user picked in the studio; null: the browser's.</summary>
    public string? Culture { get; set; }

    public static byte[] HashOf(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}

internal sealed class StudioSessionConfiguration : IEntityTypeConfiguration<StudioSession>
{
    public void Configure(EntityTypeBuilder<StudioSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.ApiKeyId);
        builder.Property(s => s.Culture).HasMaxLength(StudioSession.CultureMaxLength);
        // A key deleted outright takes its sessions with it; a revoked one is refused on the next request.
        builder.HasOne(s => s.ApiKey).WithMany().HasForeignKey(s => s.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
    }
}
