namespace BrandContent.Partners;

/// <summary>A partner's values as createPartner and updatePartner take them.</summary>
public sealed record PartnerInput(
    IReadOnlyDictionary<string, string> Names,
    PartnerType Type,
    string Country,
    IReadOnlyList<string>? Markets,
    IReadOnlyList<string>? Audiences,
    IReadOnlyList<ContactInput>? Contacts,
    string? Notes);

public sealed record ContactInput(string Name, string Email);

/// <summary>
/// A new agreement: brands by slug, markets and audiences by code, and a period or an event of one of those brands
/// (whose dates are the period when none is given).
/// </summary>
public sealed record AgreementInput(
    Guid PartnerId,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string>? Markets,
    IReadOnlyList<string>? Audiences,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    Guid? EventId);
