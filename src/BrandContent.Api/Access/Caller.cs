using BrandContent.Access;
using BrandContent.Brands;

namespace BrandContent.Api.Access;

/// <summary>How a request's caller was identified.</summary>
public enum CallerKind
{
    /// <summary>A valid API key.</summary>
    ApiKey,

    /// <summary>No key, and anonymous access is on (<see cref="AuthOptions.AnonymousRole"/>).</summary>
    Anonymous,

    /// <summary>No key and no anonymous access: only the schema may be read (GraphiQL loads it before a key is set).</summary>
    Unidentified,

    /// <summary>A key that is unknown, expired, revoked or malformed.</summary>
    Rejected,
}

/// <summary>A partner key's agreement as authentication found it in force: what else its answers depend on.</summary>
public sealed record PartnerAccess(Guid PartnerId, Guid AgreementId, IReadOnlySet<string> Audiences);

/// <summary>
/// Who is calling and what it may reach, decided once per request by <see cref="CallerAuthentication"/>; every other
/// part (limits, access rules, history, metrics) reads it. Empty scope lists mean no restriction.
/// </summary>
public sealed record Caller(
    string Name, Role Role, CallerKind Kind, IReadOnlySet<string> BrandSlugs, IReadOnlySet<Guid> BrandIds, IReadOnlySet<string> Markets, IReadOnlySet<string> Locales)
{
    public static readonly Caller Unidentified = Nobody(CallerKind.Unidentified);

    public static readonly Caller Rejected = Nobody(CallerKind.Rejected);

    private string? fingerprint;

    /// <summary>A copy (<c>with</c>) works out its own fingerprint: the original's may not describe it.</summary>
    private Caller(Caller original)
    {
        (Name, Role, Kind, BrandSlugs, BrandIds, Markets, Locales) =
            (original.Name, original.Role, original.Kind, original.BrandSlugs, original.BrandIds, original.Markets, original.Locales);
        (KeyHash, CdnCacheable) = (original.KeyHash, original.CdnCacheable);
        (Refusal, Partner) = (original.Refusal, original.Partner);
    }

    /// <summary>A key refused because its agreement is not in force: AGREEMENT_ENDED rather than UNAUTHENTICATED.</summary>
    public static readonly Caller AgreementEnded = Nobody(CallerKind.Rejected) with { Refusal = ErrorCode.AgreementEnded };

    /// <summary>The code a rejected caller is refused with; null means UNAUTHENTICATED.</summary>
    public string? Refusal { get; init; }

    /// <summary>A partner key's partner and agreement, and the audiences its key messages are filtered by; null for other keys.</summary>
    public PartnerAccess? Partner { get; init; }

    /// <summary>The audiences key messages must reach for this caller (<c>Partners/AudienceReach</c>); empty means every audience.</summary>
    public IReadOnlyCollection<string> MessageAudiences => Partner is { } partner ? partner.Audiences : [];

    /// <summary>The SHA-256 of the key's secret in hex (its rate-limit bucket); null without a key.</summary>
    public string? KeyHash { get; init; }

    /// <summary>An administrator marked the key's answers fit for a shared cache (a CDN): they are sent Cache-Control: public.</summary>
    public bool CdnCacheable { get; init; }

    /// <summary>Whether a shared cache (a CDN) may keep this caller's answers: anonymous public callers, and keys marked so.</summary>
    public bool SharedCacheMayKeep => (Kind == CallerKind.Anonymous && Role == Role.Public) || (Kind == CallerKind.ApiKey && CdnCacheable);

    /// <summary>What decides what this caller may see, its role and its scope: callers alike in both share cached answers.</summary>
    public string Fingerprint => fingerprint ??= string.Join(
        '|', Role, string.Join(',', BrandIds.Order()), string.Join(',', Markets.Order()), string.Join(',', Locales.Order()))
        + (Partner is { } partner ? $"|agreement:{partner.AgreementId:N}" : "");

    /// <summary>A key or the configured anonymous role: someone whose requests may be kept (persisted queries).</summary>
    public bool IsIdentified => Kind is CallerKind.ApiKey or CallerKind.Anonymous;

    /// <summary>The brands this caller covers, for lists that span brands.</summary>
    public BrandSelection Brands => BrandIds.Count == 0 ? BrandSelection.All : BrandSelection.Only(BrandIds);

    public bool Can(Permission permission) => Role.Has(permission);

    public bool InBrands(string slug) => BrandSlugs.Count == 0 || BrandSlugs.Contains(slug);

    public bool InBrands(Guid id) => BrandIds.Count == 0 || BrandIds.Contains(id);

    public bool InMarkets(string code) => Markets.Count == 0 || Markets.Contains(code);

    public bool InLocales(string tag) => Locales.Count == 0 || Locales.Contains(tag);

    public static Caller Anonymous(Role role) => Nobody(CallerKind.Anonymous) with { Role = role };

    public static Caller ForKey(ApiKey key, IEnumerable<string> brandSlugs, ApiKeySecret secret) =>
        new(key.Name, key.Role, CallerKind.ApiKey, brandSlugs.ToHashSet(), key.Brands.ToHashSet(), key.Markets.ToHashSet(), key.Locales.ToHashSet())
        {
            KeyHash = secret.HashHex,
            CdnCacheable = key.CdnCacheable,
        };

    private static Caller Nobody(CallerKind kind) => new("anonymous", Role.Public, kind, new HashSet<string>(), new HashSet<Guid>(), new HashSet<string>(), new HashSet<string>());
}
