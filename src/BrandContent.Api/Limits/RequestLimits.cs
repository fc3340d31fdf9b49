using BrandContent.Access;

namespace BrandContent.Api.Limits;

/// <summary>What one caller may send to <c>/graphql</c> (section <c>BrandContent:Limits</c>).</summary>
public sealed record RequestLimits
{
    public const string Section = "BrandContent:Limits";

    /// <summary>Largest request body accepted; a larger one is refused with 413 before it is read further.</summary>
    public long MaxRequestBodyBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Largest body of an import request (<c>importXliff</c>, <c>importMentions</c>), for keys whose role may import: a province's XLIFF file in scope ALL
    /// is several hundred kilobytes. Every other request keeps <see cref="MaxRequestBodyBytes"/>.
    /// </summary>
    public long MaxImportBodyBytes { get; init; } = 16 * 1024 * 1024;

    public RateLimit RateLimit { get; init; } = new();
}

/// <summary>
/// Requests per caller: a token bucket of <see cref="PermitLimit"/> requests, refilled evenly over
/// <see cref="Window"/>, per API key (by the hash of its secret) and, for requests without a valid key, per remote IP.
/// A limit of 0 turns limiting off for those callers.
/// </summary>
public sealed record RateLimit
{
    public int PermitLimit { get; init; } = 600;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>For requests without a valid key (GraphiQL loading the schema, or all callers when an anonymous role is set), per IP.</summary>
    public int AnonymousPermitLimit { get; init; } = 300;

    /// <summary>Overrides of <see cref="PermitLimit"/> for keys of a role, e.g. <c>RolePermitLimits:Admin = 1200</c>.</summary>
    public Dictionary<Role, int> RolePermitLimits { get; init; } = [];

    /// <summary>
    /// Whether the buckets are the deployment's (Redis when <c>ConnectionStrings:Redis</c> is set, else PostgreSQL), so
    /// that a limit holds across every process, or each process's own (<c>false</c>: a single server saves the store's
    /// round trips; N servers then admit up to N times the limit).
    /// </summary>
    public bool Shared { get; init; } = true;

    public int PermitLimitFor(Role? role) =>
        role is not { } known ? AnonymousPermitLimit : RolePermitLimits.TryGetValue(known, out var limit) ? limit : PermitLimit;
}
