namespace BrandContent.Access;

/// <summary>Who may call without a key, the first administrator key, and introspection (section <c>BrandContent:Auth</c>).</summary>
public sealed record AuthOptions
{
    public const string Section = "BrandContent:Auth";

    /// <summary>An administrator key to create when missing (at least 32 characters); without one, the first start prints a new key.</summary>
    public string? AdminKey { get; init; }

    /// <summary>The role of requests without a key; none (the default) means a key is required, except for introspection.</summary>
    public Role? AnonymousRole { get; init; }

    /// <summary>
    /// Roles whose keys may query <c>__schema</c> and <c>__type</c>, comma-separated (a list in one string, so that one
    /// environment variable replaces it whole). Callers without a key may always introspect: GraphiQL needs it.
    /// </summary>
    public string IntrospectionRoles { get; init; } = string.Join(", ", Enum.GetNames<Role>());

    /// <summary>How long a server keeps a key's identity before reading it again: the delay for a revocation made on another server.</summary>
    public TimeSpan IdentityCacheFor { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The roles of <see cref="IntrospectionRoles"/>; an unknown name stops the server at start.</summary>
    public IReadOnlySet<Role> IntrospectingRoles() =>
        IntrospectionRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<Role>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
                ? role
                : throw new InvalidOperationException($"{Section}:IntrospectionRoles: '{name}' is not a role ({string.Join(", ", Enum.GetNames<Role>())})."))
            .ToHashSet();
}
