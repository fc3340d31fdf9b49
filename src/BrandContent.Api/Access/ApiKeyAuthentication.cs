using System.Security.Claims;
using System.Text.Encodings.Web;
using BrandContent.Access;
using BrandContent.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Access;

/// <summary>
/// Reads <c>Authorization: Bearer …</c> or <c>X-Api-Key</c>. A known key's identity is cached for a few seconds
/// (revoking through this server evicts it at once; other servers notice within <see cref="CacheFor"/>).
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMemoryCache cache, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    public static string CacheKey(byte[] secretHash) => $"api-key:{Convert.ToHexString(secretHash)}";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Token(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (token.Length < ApiKey.PrefixLength)
        {
            return AuthenticateResult.Fail("malformed key");
        }

        var key = await cache.GetOrCreateAsync(CacheKey(ApiKeys.Hash(token)), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await LoadAsync(token);
        });
        return key is null ? AuthenticateResult.Fail("unknown, expired or revoked key") : AuthenticateResult.Success(new AuthenticationTicket(key, SchemeName));
    }

    private async Task<ClaimsPrincipal?> LoadAsync(string token)
    {
        var db = Context.RequestServices.GetRequiredService<BrandContentDb>();
        var now = clock.GetUtcNow();
        var key = await db.FindActiveKeyAsync(token, now, Context.RequestAborted);
        if (key is null)
        {
            return null;
        }

        // Recorded when the identity is (re)loaded, so at most once per cache period, not on every request.
        await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), Context.RequestAborted);
        var slugs = await db.Brands.Where(b => key.Brands.Contains(b.Id)).Select(b => b.Slug).ToListAsync(Context.RequestAborted);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role.ToString()),
        };
        claims.AddRange(slugs.Select(s => new Claim(Caller.BrandClaim, s)));
        claims.AddRange(key.Brands.Select(b => new Claim(Caller.BrandIdClaim, b.ToString())));
        claims.AddRange(key.Markets.Select(m => new Claim(Caller.MarketClaim, m)));
        claims.AddRange(key.Locales.Select(l => new Claim(Caller.LocaleClaim, l)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    public static string? Token(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { Length: > 7 } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[7..].Trim();
        }

        return request.Headers[HeaderName].ToString() is { Length: > 0 } header ? header.Trim() : null;
    }
}
