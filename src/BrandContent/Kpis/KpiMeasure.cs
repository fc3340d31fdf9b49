namespace BrandContent.Kpis;

/// <summary>
/// What an indicator can count: a fixed set of computations. Which of them a brand follows, with which filters,
/// baseline and target, is data (<see cref="KpiDefinition"/>), so a plan's new indicator needs no release.
/// </summary>
public enum KpiMeasure
{
    /// <summary>Positive mentions ÷ all mentions outside the home market (Việt Nam), in percent.</summary>
    PositiveForeignShare,

    /// <summary>Mentions of the brand, optionally in one market.</summary>
    Mentions,

    /// <summary>The median hours from an incident's detection to its answer.</summary>
    IncidentResponseMedian,

    /// <summary>Translated share of the brand's content in a market's locale chain, in percent (the translation overview's rule).</summary>
    TranslationCoverage,

    /// <summary>Content made live, optionally of one pillar and in one market.</summary>
    ContentPublished,

    /// <summary>Posts the schedulers reported sending, optionally on one channel or in one market.</summary>
    PostsSent,
}
