using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Access;

/// <summary>
/// The administrator key configured in <c>BrandContent:Auth:AdminKey</c> always exists; without one, a database with no
/// keys gets a random administrator key printed once in the log. Under an advisory lock, so two servers starting
/// together create one.
/// </summary>
public static class AdminKeyBootstrap
{
    public const string KeyName = "Administrator (created at first start)";
    private const long BootstrapLock = 0x42_43_4B_45_59;

    /// <summary>After the migrations: creates the administrator key when it is needed.</summary>
    public static async Task EnsureAdminKeyAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
        var configured = services.GetRequiredService<IOptions<AuthOptions>>().Value.AdminKey;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminKeyBootstrap));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({BootstrapLock})", cancellationToken);
        var needed = string.IsNullOrWhiteSpace(configured)
            ? !await db.ApiKeys.AnyAsync(cancellationToken)
            : !ApiKeySecret.TryRead(configured, out var secret) || await db.FindActiveKeyAsync(secret, now, cancellationToken) is null; // a configured key is (re)created, e.g. to recover access
        if (!needed)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(configured) && configured.Length >= ApiKey.PrefixLength
            && await db.ApiKeys.AnyAsync(k => k.Prefix == configured.Substring(0, ApiKey.PrefixLength), cancellationToken))
        {
            // Revoked or expired on purpose: a restart must not bring it back.
            logger.LogWarning("BrandContent:Auth:AdminKey names a revoked or expired key; configure a new one");
            return;
        }

        var (_, token) = await db.CreateKeyAsync(
            new ApiKeyRequest(KeyName, Role.Admin, null, null, null, null),
            new EditContext("bootstrap", "createApiKey"), now, cancellationToken, string.IsNullOrWhiteSpace(configured) ? null : configured);
        await transaction.CommitAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(configured))
        {
            // Shown once (only its hash is stored), on the console and not through the logger: a secret must not end up
            // in a structured log property or in log storage.
            Console.Out.WriteLine($"Created the administrator API key (shown only now, keep it): {token}");
            logger.LogWarning("Created the administrator API key; it was printed once on standard output");
        }
        else
        {
            logger.LogInformation("Created the administrator API key from BrandContent:Auth:AdminKey");
        }
    }
}
