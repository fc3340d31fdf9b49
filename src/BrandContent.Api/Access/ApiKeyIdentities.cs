using BrandContent.Access;
using BrandContent.Changes;
using BrandContent.Partners;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BrandContent.Api.Access;

/// <summary>
/// The caller behind a key, kept for <see cref="AuthOptions.IdentityCacheFor"/> (15 s, or until the key expires) under the
/// hash of its secret. A revocation is announced to every server (<see cref="ChangeTags.Key"/>), which forgets the key at
/// once. Unknown keys are kept too, so a client repeating a bad key does not reach the database each time.
/// </summary>
public sealed class ApiKeyIdentities(IOptions<AuthOptions> options, TimeProvider clock) : IChangeSubscriber, IDisposable
{
    /// <summary>A read like any other: a connection lost in a restart of PostgreSQL is tried once more (DatabaseOutage has emptied the pool).</summary>
    private static readonly ResiliencePipeline TransientFailures = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(DatabaseFailure.IsUnavailable),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    private readonly MemoryCache cache = new(new MemoryCacheOptions());

    public ValueTask<Caller> IdentifyAsync(string token, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        // Almost every request: a key known for a few seconds, answered without a task or a secret record.
        if (token.Length >= ApiKeySecret.MinimumLength && cache.TryGetValue(ApiKeySecret.HashHexOf(token), out Caller? cached))
        {
            return ValueTask.FromResult(cached!);
        }

        return new(LookUpAsync(token, requestServices, cancellationToken));
    }

    private async Task<Caller> LookUpAsync(string token, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryRead(token, out var secret))
        {
            return Caller.Rejected;
        }

        if (cache.TryGetValue(secret.HashHex, out Caller? known))
        {
            return known!;
        }

        var now = clock.GetUtcNow();
        var db = requestServices.GetRequiredService<BrandContentDb>();
        var (caller, until) = await TransientFailures.ExecuteAsync(
            async token =>
            {
                var key = await db.FindActiveKeyAsync(secret, now, token);
                return key is null ? (Caller.Rejected, null) : await LoadAsync(key, secret, db, now, token);
            },
            cancellationToken);
        cache.Set(secret.HashHex, caller, KeepFor(until, now));
        return caller;
    }

    /// <summary>
    /// The caller of an active key already read from the database (a studio session's), from the same cache as a sent
    /// key's: revocations and scope changes reach both alike.
    /// </summary>
    public async ValueTask<Caller> IdentifyKeyAsync(ApiKey key, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var secret = new ApiKeySecret(key.Prefix, key.SecretHash);
        if (cache.TryGetValue(secret.HashHex, out Caller? known) && known!.Kind == CallerKind.ApiKey)
        {
            return known;
        }

        var now = clock.GetUtcNow();
        var (caller, until) = await LoadAsync(key, secret, requestServices.GetRequiredService<BrandContentDb>(), now, cancellationToken);
        cache.Set(secret.HashHex, caller, KeepFor(until, now));
        return caller;
    }

    /// <summary>After a revocation: the next request with this key is checked against the database again.</summary>
    public void Forget(byte[] secretHash) => cache.Remove(Convert.ToHexString(secretHash));

    public ValueTask OnChangedAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        if (notice.IsEverything)
        {
            cache.Clear();
        }

        foreach (var tag in notice.Tags)
        {
            if (ChangeTags.IsKey(tag, out var hash))
            {
                cache.Remove(hash);
            }
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose() => cache.Dispose();

    /// <summary>The identity cache period, cut short by the moment the identity may change by itself (the key's expiry, the agreement's period).</summary>
    private TimeSpan KeepFor(DateTimeOffset? until, DateTimeOffset now) =>
        until - now is { } left && left < options.Value.IdentityCacheFor ? (left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1)) : options.Value.IdentityCacheFor;

    /// <summary>The caller of an active key and until when it holds at most; a partner key whose agreement is not in force is refused.</summary>
    private static async Task<(Caller Caller, DateTimeOffset? Until)> LoadAsync(
        ApiKey key, ApiKeySecret secret, BrandContentDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        PartnerAccess? partner = null;
        var until = key.ExpiresAt;
        if (key.AgreementId is { } agreementId)
        {
            var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
            if (agreement is null || !agreement.InForce(now))
            {
                return (Caller.AgreementEnded, agreement?.NextChange(now));
            }

            partner = new PartnerAccess(agreement.PartnerId, agreement.Id, agreement.Audiences.ToHashSet());
            until = agreement.NextChange(now) is { } change && (until is null || change < until) ? change : until;
        }

        // Recorded when the identity is (re)loaded, so at most once per cache period, not on every request.
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        var slugs = await db.Brands.Where(b => key.Brands.Contains(b.Id)).Select(b => b.Slug).ToListAsync(cancellationToken);
        return (Caller.ForKey(key, slugs, secret) with { Partner = partner }, until);
    }
}
