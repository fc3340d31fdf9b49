namespace BrandContent.Kpis;

/// <summary>
/// How an indicator's status is judged (README, "Media monitoring and KPIs"):
/// <list type="bullet">
/// <item>A past year: ON_TRACK if the value met the target (≥ for AT_LEAST, ≤ for AT_MOST), else MISSED.</item>
/// <item>The running year compares the value so far with the target's pace: for counts (mentions, content, posts) the
/// pace is the target × the share of the year gone by; for levels (shares, coverage, the median response time) it is
/// the target itself. Behind the pace is AT_RISK; a count held AT_MOST that has already passed the whole year's
/// target is MISSED (it cannot come back down).</item>
/// <item>No value (nothing measured) or no target (RELATIVE_GROWTH without last year's value) cannot show that the
/// indicator is on track: AT_RISK in the running year, MISSED in a past one.</item>
/// </list>
/// </summary>
public static class KpiStatusRule
{
    /// <summary>Counts accumulate over the year, so their pace grows with it; the others are levels.</summary>
    public static bool IsCount(KpiMeasure measure) =>
        measure is KpiMeasure.Mentions or KpiMeasure.ContentPublished or KpiMeasure.PostsSent;

    /// <summary>The status of <paramref name="value"/> against <paramref name="target"/>, given the share of the year gone by (1 for a past year).</summary>
    public static KpiStatus Of(KpiMeasure measure, KpiDirection direction, decimal? value, decimal? target, decimal yearElapsed)
    {
        var past = yearElapsed >= 1m;
        if (value is not { } v || target is not { } t)
        {
            return past ? KpiStatus.Missed : KpiStatus.AtRisk;
        }

        if (past)
        {
            return Meets(direction, v, t) ? KpiStatus.OnTrack : KpiStatus.Missed;
        }

        if (IsCount(measure) && direction == KpiDirection.AtMost && v > t)
        {
            return KpiStatus.Missed;
        }

        var pace = IsCount(measure) ? t * yearElapsed : t;
        return Meets(direction, v, pace) ? KpiStatus.OnTrack : KpiStatus.AtRisk;
    }

    private static bool Meets(KpiDirection direction, decimal value, decimal target) =>
        direction == KpiDirection.AtLeast ? value >= target : value <= target;
}
