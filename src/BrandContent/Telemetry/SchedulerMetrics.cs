using System.Diagnostics.Metrics;

namespace BrandContent.Telemetry;

/// <summary>What the publishing scheduler does: its runs (by outcome) and the publishes and unpublishes it carried out.</summary>
public sealed class SchedulerMetrics
{
    public const string RunsName = "brandcontent.scheduler.runs";
    public const string ChangesName = "brandcontent.scheduler.changes";

    private readonly Counter<long> runs;
    private readonly Counter<long> changes;

    public SchedulerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BrandContentMeter.Name);
        runs = meter.CreateCounter<long>(RunsName, "{run}", "Runs of the publishing scheduler, by outcome (ok, failed).");
        changes = meter.CreateCounter<long>(ChangesName, "{change}", "Scheduled publishes and unpublishes carried out.");
    }

    public void Ran(int changesDone)
    {
        runs.Add(1, new KeyValuePair<string, object?>(BrandContentMeter.OutcomeTag, "ok"));
        changes.Add(changesDone);
    }

    public void Failed() => runs.Add(1, new KeyValuePair<string, object?>(BrandContentMeter.OutcomeTag, "failed"));
}
