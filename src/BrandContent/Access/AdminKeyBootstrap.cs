using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BrandContent.Access;

/// <summary>
/// A database without keys gets one administrator key: the one configured in <c>BrandContent:Auth:AdminKey</c>, or a
/// new random one printed once in the log. Under an advisory lock, so two servers starting together create one.
/// </summary>
public static class AdminKeyBootstrap
{
    public const string KeyName = "Administrator (created at first start)";
    private const long BootstrapLock = 0x42_43_4B_45_59;

    public static async Task EnsureAdminKeyAsync(BrandContentDb db, IConfiguration configuration, ILogger logger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({BootstrapLock})", cancellationToken);
        if (await db.ApiKeys.AnyAsync(cancellationToken))
        {
            return;
        }

        var configured = configuration["BrandContent:Auth:AdminKey"];
        var (_, token) = await db.CreateKeyAsync(
            new ApiKeyRequest(KeyName, Role.Admin, null, null, null, null),
            new EditContext("bootstrap", "createApiKey"), now, cancellationToken, string.IsNullOrWhiteSpace(configured) ? null : configured);
        await transaction.CommitAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(configured))
        {
            // Shown once: only its hash is stored.
            logger.LogWarning("Created the administrator API key (shown only now, keep it): {Token}", token);
        }
        else
        {
            logger.LogInformation("Created the administrator API key from BrandContent:Auth:AdminKey");
        }
    }
}
