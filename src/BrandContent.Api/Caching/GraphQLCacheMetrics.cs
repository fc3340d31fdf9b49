using System.Diagnostics.Metrics;
using BrandContent.Telemetry;

namespace BrandContent.Api.Caching;

/// <summary>The response cache in numbers: lookups that hit or missed, answers kept, answers not kept (a change raced the read, too large, no lifetime).</summary>
public sealed class GraphQLCacheMetrics
{
    public const string Name = "brandcontent.graphql.cache";
    public const string ResultTag = "result";

    private readonly Counter<long> events;

    public GraphQLCacheMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BrandContentMeter.Name);
        events = meter.CreateCounter<long>(Name, "{event}", "Response cache lookups (hit, miss) and stores (stored, skipped).");
    }

    public void Lookup(bool hit) => events.Add(1, new KeyValuePair<string, object?>(ResultTag, hit ? "hit" : "miss"));

    public void Stored() => events.Add(1, new KeyValuePair<string, object?>(ResultTag, "stored"));

    public void Skipped() => events.Add(1, new KeyValuePair<string, object?>(ResultTag, "skipped"));
}
