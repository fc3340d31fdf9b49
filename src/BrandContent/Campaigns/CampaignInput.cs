namespace BrandContent.Campaigns;

/// <summary>
/// A campaign's values as createCampaign and updateCampaign take them: its name per locale (at least in the brand's
/// source locale), goal, markets by code, period, status, and the stories and events of the brand it groups, by id.
/// </summary>
public sealed record CampaignInput(
    IReadOnlyDictionary<string, string> Names,
    string? Goal,
    IReadOnlyList<string>? Markets,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CampaignStatus Status,
    IReadOnlyList<Guid>? Stories,
    IReadOnlyList<Guid>? Events);
