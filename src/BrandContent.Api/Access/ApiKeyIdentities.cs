using BrandContent.Access;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Access;

/// <summary>
/// The caller behind a key, kept for <see cref="AuthOptions.IdentityCacheFor"/> (15 s) under the hash of its secret: revoking
/// through this server forgets it at once, other servers notice within that time. Unknown keys are kept too, so a
/// client repeating a bad key does not reach the database each time.
/// </summary>
public sealed class ApiKeyIdentities(IMemoryCache cache, IOptions<AuthOptions> options, TimeProvider clock)
{
    public async Task<Caller> IdentifyAsync(string token, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryRead(token, out var secret))
        {
            return Caller.Rejected;
        }

        return await cache.GetOrCreateAsync(CacheKey(secret.Hash), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.IdentityCacheFor;
            return await LoadAsync(secret, requestServices.GetRequiredService<BrandContentDb>(), cancellationToken);
        }) ?? Caller.Rejected;
    }

    /// <summary>After a revocation: the next request with this key is checked against the database again.</summary>
    public void Forget(byte[] secretHash) => cache.Remove(CacheKey(secretHash));

    private static string CacheKey(byte[] secretHash) => $"api-key:{Convert.ToHexString(secretHash)}";

    private async Task<Caller> LoadAsync(ApiKeySecret secret, BrandContentDb db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = await db.FindActiveKeyAsync(secret, now, cancellationToken);
        if (key is null)
        {
            return Caller.Rejected;
        }

        // Recorded when the identity is (re)loaded, so at most once per cache period, not on every request.
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        var slugs = await db.Brands.Where(b => key.Brands.Contains(b.Id)).Select(b => b.Slug).ToListAsync(cancellationToken);
        return Caller.ForKey(key, slugs, secret);
    }
}
