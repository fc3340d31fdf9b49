namespace BrandContent.Api.Redis;

/// <summary>
/// The shared Redis (section <c>BrandContent:Redis</c>); it is on when <c>ConnectionStrings:Redis</c> is set, e.g.
/// <c>ConnectionStrings__Redis=127.0.0.1:6379</c>. Without it every process keeps its state in memory and PostgreSQL.
/// </summary>
public sealed record RedisOptions
{
    public const string Section = "BrandContent:Redis";

    /// <summary>Starts every key this deployment writes, so that several deployments (or test runs) can share one Redis.</summary>
    public string InstanceName { get; init; } = "brandcontent:";
}
