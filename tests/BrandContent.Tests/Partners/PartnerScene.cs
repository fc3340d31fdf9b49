using BrandContent.Brands;
using BrandContent.Events;
using BrandContent.Messages;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Partners;

/// <summary>Partners, agreements and partner keys made the way an administrator makes them: over GraphQL.</summary>
public sealed class PartnerScene(BrandContentApp app)
{
    public const string PartnerFields = "id name names { name value } type country markets audiences version agreements { id status brands markets audiences startsOn endsOn inForce }";
    public const string CreatePartner = $"mutation($i: PartnerInput!) {{ createPartner(input: $i) {{ {PartnerFields} contacts {{ name email }} notes }} }}";
    public const string AgreementFields = "id partnerId brands markets audiences startsOn endsOn eventId status inForce endedAt endReason";
    public const string CreateAgreement = $"mutation($i: AgreementInput!) {{ createAgreement(input: $i) {{ {AgreementFields} }} }}";
    public const string IssueKey = "mutation($a: ID!, $n: String!, $e: DateTimeOffset) { issuePartnerKey(agreementId: $a, name: $n, expiresAt: $e) { token key { id role brands markets expiresAt } } }";

    public static object PartnerInput(
        string name = "Tổng Lãnh sự quán Việt Nam tại Osaka", string type = "MISSION_ABROAD", string country = "JP", string[]? markets = null,
        string[]? audiences = null, object[]? contacts = null, string? notes = "Phối hợp xúc tiến đầu tư") =>
        new
        {
            names = new[] { new { locale = "vi", text = name }, new { locale = "ja", text = "在大阪ベトナム総領事館" } },
            type,
            country,
            markets = markets ?? ["JP"],
            audiences = audiences ?? ["INVESTORS"],
            contacts = contacts ?? [new { name = "Nguyễn Văn A", email = "a.nguyen@example.org" }],
            notes,
        };

    /// <summary>A brand of the test's own with a published Vietnamese identity, and one event.</summary>
    public async Task<(Brand Brand, Event Event)> BrandAsync()
    {
        var brand = TestContent.Brand();
        var tied = TestContent.Event(brand, new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 9));
        await using var db = app.OpenDb();
        db.Brands.Add(brand);
        db.Events.Add(tied);
        await db.SaveChangesAsync();
        return (brand, tied);
    }

    /// <summary>A published key message of the brand for these audiences, in Vietnamese and Japanese (the same headline).</summary>
    public async Task<KeyMessage> MessageAsync(Brand brand, string headline, params string[] audiences)
    {
        var message = new KeyMessage
        {
            BrandId = brand.Id,
            Audiences = [.. audiences],
            Variants = [.. new V("vi").Rows(new KeyMessageVariant { Headline = headline }), .. new V("ja").Rows(new KeyMessageVariant { Headline = headline })],
        };
        await using var db = app.OpenDb();
        db.KeyMessages.Add(message);
        await db.SaveChangesAsync();
        return message;
    }

    public async Task<Guid> PartnerAsync(string[]? audiences = null)
    {
        var created = (await app.GraphQL().QueryAsync(CreatePartner, new { i = PartnerInput(audiences: audiences) })).Ok();
        return created.GetProperty("createPartner").GetProperty("id").GetGuid();
    }

    public async Task<Guid> AgreementAsync(Guid partner, Brand brand, string[]? audiences = null, string startsOn = "2026-01-01", string endsOn = "2030-12-31")
    {
        var created = (await app.GraphQL().QueryAsync(CreateAgreement, new
        {
            i = new { partnerId = partner, brands = new[] { brand.Slug }, markets = new[] { "JP" }, audiences = audiences ?? ["INVESTORS"], startsOn, endsOn },
        })).Ok();
        return created.GetProperty("createAgreement").GetProperty("id").GetGuid();
    }

    public async Task<string> KeyAsync(Guid agreement, DateTimeOffset? expiresAt = null)
    {
        var issued = (await app.GraphQL().QueryAsync(IssueKey, new { a = agreement, n = "Osaka key", e = expiresAt })).Ok();
        return issued.GetProperty("issuePartnerKey").GetProperty("token").GetString()!;
    }

    /// <summary>A partner, an agreement of <paramref name="brand"/> for JP investors, and its key.</summary>
    public async Task<(Guid Partner, Guid Agreement, string Key)> PartnerKeyAsync(Brand brand, string[]? audiences = null)
    {
        var partner = await PartnerAsync();
        var agreement = await AgreementAsync(partner, brand, audiences);
        return (partner, agreement, await KeyAsync(agreement));
    }
}
