using System.Security.Cryptography;
using System.Text;
using BrandContent.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.PersistedQueries;

/// <summary>
/// A GraphQL document stored under the SHA-256 of its text (Apollo's automatic persisted queries), so clients send
/// the hash instead of the text. An allowlisted one was registered by an editor or administrator: in allowlist mode
/// it is all public and partner callers may run.
/// </summary>
public sealed class PersistedQuery
{
    public const int HashLength = 64;

    /// <summary>Lowercase hex SHA-256 of the UTF-8 query text.</summary>
    public string Hash { get; set; } = "";

    public string Query { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public bool Allowlisted { get; set; }

    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}

internal sealed class PersistedQueryConfiguration : IEntityTypeConfiguration<PersistedQuery>
{
    public void Configure(EntityTypeBuilder<PersistedQuery> builder)
    {
        builder.HasKey(q => q.Hash);
        builder.Property(q => q.Hash).HasMaxLength(PersistedQuery.HashLength);
        builder.Property(q => q.CreatedBy).HasMaxLength(EditContext.ActorMaxLength);
    }
}
