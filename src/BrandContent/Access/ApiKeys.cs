using System.Buffers.Text;
using System.Security.Cryptography;
using BrandContent.Auditing;
using BrandContent.Brands;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Access;

/// <summary>What a new key may do: its role and scope (empty lists mean no restriction).</summary>
public sealed record ApiKeyRequest(
    string Name, Role Role, IReadOnlyList<string>? Brands, IReadOnlyList<string>? Markets, IReadOnlyList<string>? Locales, DateTimeOffset? ExpiresAt,
    bool CdnCacheable = false, Guid? AgreementId = null);

/// <summary>Issues, checks and revokes API keys. The secret is shown once, when the key is created.</summary>
public static class ApiKeys
{
    public const string TokenStart = "bck_";

    public static string NewToken() => TokenStart + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The active key with this secret, or null; compares hashes in constant time.</summary>
    public static async Task<ApiKey?> FindActiveKeyAsync(this BrandContentDb db, ApiKeySecret secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == secret.Prefix, cancellationToken);
        return key is not null && CryptographicOperations.FixedTimeEquals(key.SecretHash, secret.Hash) && key.IsActive(now) ? key : null;
    }

    public static async Task<(ApiKey Key, string Token)> CreateKeyAsync(
        this BrandContentDb db, ApiKeyRequest request, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken, string? token = null)
    {
        var problems = new List<FieldProblem>();
        problems.Line("name", request.Name, EditContext.ActorMaxLength);
        if (request.ExpiresAt is { } expires && expires <= now)
        {
            problems.Add(new FieldProblem("expiresAt", ValidationRule.DateOrder, expires, now));
        }

        var slugs = (request.Brands ?? []).Select(BrandSlug.Normalize).ToList();
        var brands = await db.Brands.Where(b => slugs.Contains(b.Slug)).ToDictionaryAsync(b => b.Slug, b => b.Id, cancellationToken);
        problems.Exists("brands", slugs, brands.Keys);
        problems.Exists("markets", (request.Markets ?? []).Select(MarketCode.Normalize), await db.Markets.Select(m => m.Code).ToListAsync(cancellationToken));
        var locales = (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var locale in request.Locales ?? [])
        {
            problems.Locale("locales", locale, locales);
        }

        if (token is not null && token.Length < ApiKeySecret.MinimumLength)
        {
            problems.Add(new FieldProblem("token", ValidationRule.Range, ApiKeySecret.MinimumLength, 4096, token.Length));
        }

        ValidationFailedException.ThrowIfAny(problems);
        token ??= NewToken();
        var key = new ApiKey
        {
            Name = request.Name.Trim(),
            Prefix = token[..ApiKey.PrefixLength],
            SecretHash = ApiKeySecret.HashOf(token),
            Role = request.Role,
            Brands = [.. brands.Values],
            Markets = (request.Markets ?? []).Select(MarketCode.Normalize).Distinct().ToList(),
            Locales = (request.Locales ?? []).Select(LocaleTag.Normalize).ToList(),
            CreatedAt = now,
            CreatedBy = edit.Actor,
            ExpiresAt = request.ExpiresAt,
            CdnCacheable = request.CdnCacheable,
            AgreementId = request.AgreementId,
        };
        db.ApiKeys.Add(key);
        db.Record(edit, now, "ApiKey", key.Id, null, null, new { key.Name, key.Role, key.Prefix, request.Brands, key.Markets, key.Locales, key.ExpiresAt, key.CdnCacheable, key.AgreementId });
        await db.SaveChangesAsync(cancellationToken);
        return (key, token);
    }

    public static async Task<ApiKey> RevokeKeyAsync(this BrandContentDb db, Guid id, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, "ApiKey", id);
        key.RevokedAt ??= now;
        db.Record(edit, now, "ApiKey", id, null, null, new { key.Name, revokedAt = key.RevokedAt });
        await db.SaveChangesAsync(cancellationToken);

        // Every server forgets the key's identity at once instead of within its cache period.
        await db.AnnounceAsync([ChangeTags.Key(Convert.ToHexString(key.SecretHash))], cancellationToken);
        return key;
    }
}
