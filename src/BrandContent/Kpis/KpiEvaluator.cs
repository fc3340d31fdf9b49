using BrandContent.Storage;

namespace BrandContent.Kpis;

/// <summary>Works out a brand's indicators for a year from their definitions (rows) and the measures (a fixed set of computations).</summary>
public sealed class KpiEvaluator(BrandContentDb db, TimeProvider clock)
{
    public Task<IReadOnlyList<KpiResult>> EvaluateAsync(Guid brandId, int year, string locale, CancellationToken ct)
    {
        _ = (db, clock, brandId, year, locale, ct);
        return Task.FromResult<IReadOnlyList<KpiResult>>([]);
    }
}
