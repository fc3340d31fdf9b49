using BrandContent.Access;

namespace BrandContent.Api.Limits;

/// <summary>What one caller may send to <c>/graphql</c> (section <c>BrandContent:Limits</c>).</summary>
public sealed record RequestLimits
{
    public const string Section = "BrandContent:Limits";

    /// <summary>Largest request body accepted; a larger one is refused with 413 before it is read further.</summary>
    public long MaxRequestBodyBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// Largest body of an <c>importXliff</c> request, for keys whose role may import: a province's file in scope ALL
    /// is several hundred kilobytes. Every other request keeps <see cref="MaxRequestBodyBytes"/>.
    /// </summary>
    public long MaxImportBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Roles whose keys may query <c>__schema</c> and <c>__type</c>, comma-separated (a list in one string, so that
    /// one environment variable replaces it whole). Callers without a key may always introspect: GraphiQL needs it.
    /// </summary>
    public string IntrospectionRoles { get; init; } = string.Join(", ", Enum.GetNames<Role>());

    public RateLimit RateLimit { get; init; } = new();

    /// <summary>The roles of <see cref="IntrospectionRoles"/>; an unknown name stops the server at start.</summary>
    public IReadOnlySet<Role> IntrospectingRoles() =>
        IntrospectionRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
                ? role
                : throw new InvalidOperationException($"{Section}:IntrospectionRoles: '{name}' is not a role ({string.Join(", ", Enum.GetNames<Role>())})."))
            .ToHashSet();
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

    public int PermitLimitFor(Role? role) =>
        role is not { } known ? AnonymousPermitLimit : RolePermitLimits.TryGetValue(known, out var limit) ? limit : PermitLimit;
}
