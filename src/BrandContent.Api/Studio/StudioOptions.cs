namespace BrandContent.Api.Studio;

/// <summary>The studio's settings (section <c>BrandContent:Studio</c>).</summary>
public sealed record StudioOptions
{
    public const string Section = "BrandContent:Studio";

    /// <summary>A session nobody used for this long ends.</summary>
    public TimeSpan SessionIdleLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>A session ends this long after sign-in, however busy.</summary>
    public TimeSpan SessionAbsoluteLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Last-seen is written at most this often per session: a page view should not always cost a write.</summary>
    public TimeSpan LastSeenPrecision { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The language of a visitor whose browser asks for neither studio language.</summary>
    public string DefaultCulture { get; init; } = StudioCultures.Vietnamese;

    public bool IsValid(out string problem)
    {
        problem = SessionIdleLifetime <= TimeSpan.Zero ? $"{Section}:SessionIdleLifetime must be positive."
            : SessionAbsoluteLifetime < SessionIdleLifetime ? $"{Section}:SessionAbsoluteLifetime must be at least SessionIdleLifetime."
            : LastSeenPrecision < TimeSpan.Zero || LastSeenPrecision >= SessionIdleLifetime ? $"{Section}:LastSeenPrecision must be between 0 and SessionIdleLifetime."
            : !StudioCultures.IsSupported(DefaultCulture) ? $"{Section}:DefaultCulture must be one of {string.Join(", ", StudioCultures.All)}."
            : "";
        return problem.Length == 0;
    }
}
