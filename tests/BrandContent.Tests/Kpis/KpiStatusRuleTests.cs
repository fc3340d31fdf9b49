using BrandContent.Kpis;

namespace BrandContent.Tests.Kpis;

/// <summary>The status rule (README, "Media monitoring and KPIs"), case by case.</summary>
public sealed class KpiStatusRuleTests
{
    [Theory]
    [InlineData(KpiMeasure.PositiveForeignShare, KpiDirection.AtLeast, 48.0, 48.0, 1.0, KpiStatus.OnTrack)]  // a past year that met its target
    [InlineData(KpiMeasure.PositiveForeignShare, KpiDirection.AtLeast, 47.9, 48.0, 1.0, KpiStatus.Missed)]   // a past year that did not
    [InlineData(KpiMeasure.IncidentResponseMedian, KpiDirection.AtMost, 30.0, 24.0, 1.0, KpiStatus.Missed)]
    [InlineData(KpiMeasure.PositiveForeignShare, KpiDirection.AtLeast, 47.0, 48.0, 0.5, KpiStatus.AtRisk)]   // a level is held to the target itself
    [InlineData(KpiMeasure.Mentions, KpiDirection.AtLeast, 50.0, 100.0, 0.5, KpiStatus.OnTrack)]             // a count to its pace
    [InlineData(KpiMeasure.Mentions, KpiDirection.AtLeast, 49.0, 100.0, 0.5, KpiStatus.AtRisk)]
    [InlineData(KpiMeasure.PostsSent, KpiDirection.AtMost, 60.0, 100.0, 0.5, KpiStatus.AtRisk)]              // ahead of an AT_MOST pace
    [InlineData(KpiMeasure.PostsSent, KpiDirection.AtMost, 101.0, 100.0, 0.5, KpiStatus.Missed)]             // past the whole year's allowance
    public void Status_follows_the_documented_rule(KpiMeasure measure, KpiDirection direction, double value, double target, double elapsed, KpiStatus expected) =>
        Assert.Equal(expected, KpiStatusRule.Of(measure, direction, (decimal)value, (decimal)target, (decimal)elapsed));

    [Fact]
    public void Without_a_value_or_a_target_nothing_shows_the_indicator_on_track()
    {
        Assert.Equal(KpiStatus.AtRisk, KpiStatusRule.Of(KpiMeasure.Mentions, KpiDirection.AtLeast, null, 10m, 0.5m));
        Assert.Equal(KpiStatus.Missed, KpiStatusRule.Of(KpiMeasure.Mentions, KpiDirection.AtLeast, null, 10m, 1m));
        Assert.Equal(KpiStatus.AtRisk, KpiStatusRule.Of(KpiMeasure.PositiveForeignShare, KpiDirection.AtLeast, 50m, null, 0.5m));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(5.5m, KpiMeasurements.Median([9m, 2m, 5m, 6m]));
        Assert.Equal(5m, KpiMeasurements.Median([9m, 2m, 5m]));
        Assert.Null(KpiMeasurements.Median([]));
    }
}
