namespace BrandContent.Api.Caching;

/// <summary>The response cache of published reads and the HTTP caching headers (section <c>BrandContent:DeliveryCache</c>).</summary>
public sealed record DeliveryCacheOptions
{
    public const string Section = "BrandContent:DeliveryCache";

    /// <summary>Whether published reads are answered from the cache; off, every read runs (the benchmark's uncached runs).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// The longest an answer is kept. Changes made through the API evict what they touch at once; this bounds how long
    /// a change made around it (by hand in the database) can stay unseen.
    /// </summary>
    public TimeSpan MaxLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Memory the in-process store may use (without Redis).</summary>
    public long SizeLimitBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Answers larger than this are served but not kept.</summary>
    public int MaxAnswerBytes { get; init; } = 1024 * 1024;

    /// <summary>Cache-Control of answers a shared cache may keep: browsers (<c>max-age</c>), CDNs (<c>s-maxage</c>).</summary>
    public int MaxAgeSeconds { get; init; } = 60;

    public int SharedMaxAgeSeconds { get; init; } = 600;

    public int StaleWhileRevalidateSeconds { get; init; } = 60;
}
