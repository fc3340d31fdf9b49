using System.Buffers.Text;
using System.Security.Cryptography;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Storage;
using BrandContent.Studio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Studio.Sessions;

/// <summary>
/// Starts, resumes and ends studio sessions. A resumed session re-checks its key in the same statement that finds it,
/// so a revoked or expired key ends the session on the very next request, on every server.
/// </summary>
public sealed class StudioSessions(IOptions<StudioOptions> options, ApiKeyIdentities identities, TimeProvider clock)
{
    /// <summary>Longer than any key we issue (bck_ + 43 characters), short enough that hashing a paste costs nothing.</summary>
    public const int MaxKeyLength = 512;

    public static SignInOutcome Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return SignInOutcome.KeyRequired;
        }

        return token.Length > MaxKeyLength ? SignInOutcome.KeyTooLong
            : token.Any(char.IsControl) ? SignInOutcome.KeyHasControlCharacters
            : SignInOutcome.SignedIn;
    }

    /// <summary>A session for an active key, and the session id for the cookie; the key is looked up as /graphql does.</summary>
    public async Task<(SignInOutcome Outcome, string? SessionToken)> StartAsync(
        BrandContentDb db, string? token, string? culture, CancellationToken cancellationToken)
    {
        var checkedInput = Check(token);
        if (checkedInput != SignInOutcome.SignedIn)
        {
            return (checkedInput, null);
        }

        var now = clock.GetUtcNow();
        if (!ApiKeySecret.TryRead(token!.Trim(), out var secret) || await db.FindActiveKeyAsync(secret, now, cancellationToken) is not { } key)
        {
            return (SignInOutcome.KeyNotValid, null);
        }

        var sessionToken = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.StudioSessions.Add(new StudioSession
        {
            TokenHash = StudioSession.HashOf(sessionToken),
            ApiKeyId = key.Id,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.SessionAbsoluteLifetime,
            Culture = StudioCultures.IsSupported(culture) ? culture : null,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (SignInOutcome.SignedIn, sessionToken);
    }

    /// <summary>The live session behind a cookie with its key's caller; a dead one (idle, too old, key gone) is deleted.</summary>
    public async Task<(StudioUser User, string? Culture)?> ResumeAsync(
        BrandContentDb db, string sessionToken, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        if (sessionToken.Length is 0 or > 128)
        {
            return null;
        }

        var hash = StudioSession.HashOf(sessionToken);
        var found = await db.StudioSessions
            .Where(s => s.TokenHash == hash)
            .Select(s => new { s.Id, s.LastSeenAt, s.ExpiresAt, s.Culture, Key = s.ApiKey! })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (found.ExpiresAt <= now || found.LastSeenAt + settings.SessionIdleLifetime <= now || !found.Key.IsActive(now))
        {
            await db.StudioSessions.Where(s => s.Id == found.Id).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        if (now - found.LastSeenAt >= settings.LastSeenPrecision)
        {
            await db.StudioSessions.Where(s => s.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        var caller = await identities.IdentifyKeyAsync(found.Key, requestServices, cancellationToken);
        return (new StudioUser(found.Id, caller), found.Culture);
    }

    public Task EndAsync(BrandContentDb db, Guid sessionId, CancellationToken cancellationToken) =>
        db.StudioSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);

    public Task SetCultureAsync(BrandContentDb db, Guid sessionId, string culture, CancellationToken cancellationToken) =>
        db.StudioSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Culture, culture), cancellationToken);
}
