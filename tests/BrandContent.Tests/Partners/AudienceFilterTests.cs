using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Partners;

/// <summary>
/// A partner key's key messages are those its agreement's audiences reach (a message for no audience is for all), in
/// every place that delivers them: keyMessages, search, sync, and a message's alignsWith.
/// </summary>
public sealed class AudienceFilterTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Messages = "query($b: String!) { keyMessages(brand: $b, market: \"JP\", locale: \"vi\") { headline } }";
    private const string Search = "query($b: String!) { search(text: \"thông điệp\", brand: $b, kinds: [KEY_MESSAGE], locale: \"vi\", first: 50) { edges { node { ... on KeyMessage { headline } } } } }";
    private const string Sync = "query($b: String!) { sync(brand: $b, market: \"JP\", first: 100) { upserts { kind node { ... on KeyMessage { headline } } } } }";
    private readonly PartnerScene scene = new(app);

    [Fact]
    public async Task Key_messages_search_and_sync_serve_a_partner_only_the_messages_its_agreements_audiences_reach()
    {
        var (brand, _) = await scene.BrandAsync();
        await scene.MessageAsync(brand, "Thông điệp đầu tư", "INVESTORS");
        await scene.MessageAsync(brand, "Thông điệp du lịch", "TOURISTS");
        await scene.MessageAsync(brand, "Thông điệp chung");
        await scene.MessageAsync(brand, "Thông điệp báo chí", "MEDIA", "INVESTORS");
        string[] forInvestors = ["Thông điệp báo chí", "Thông điệp chung", "Thông điệp đầu tư"];
        string[] everything = ["Thông điệp báo chí", "Thông điệp chung", "Thông điệp du lịch", "Thông điệp đầu tư"];

        var (_, _, investors) = await scene.PartnerKeyAsync(brand, audiences: ["INVESTORS"]);
        var (_, _, tourists) = await scene.PartnerKeyAsync(brand, audiences: ["TOURISTS"]);
        var (_, _, anyone) = await scene.PartnerKeyAsync(brand, audiences: []);

        Assert.Equal(forInvestors, await HeadlinesAsync(investors, Messages, brand.Slug));
        // Same role, brands and markets, another agreement: never the investors' cached answer.
        Assert.Equal(["Thông điệp chung", "Thông điệp du lịch"], await HeadlinesAsync(tourists, Messages, brand.Slug));
        Assert.Equal(everything, await HeadlinesAsync(anyone, Messages, brand.Slug));
        Assert.Equal(everything, await HeadlinesAsync(BrandContentApp.AdminToken, Messages, brand.Slug));

        Assert.Equal(forInvestors, await HeadlinesAsync(investors, Search, brand.Slug));
        Assert.Equal(everything, await HeadlinesAsync(anyone, Search, brand.Slug));

        Assert.Equal(forInvestors, await HeadlinesAsync(investors, Sync, brand.Slug));
        Assert.Equal(everything, await HeadlinesAsync(anyone, Sync, brand.Slug));
    }

    private async Task<string[]> HeadlinesAsync(string key, string query, string brand)
    {
        var body = (await app.GraphQL(key).QueryAsync(query, new { b = brand })).Ok().GetRawText();
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return [.. Headlines(document.RootElement).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Headlines(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject()
            .SelectMany(p => p.Name == "headline" ? [p.Value.GetString()!] : Headlines(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Headlines),
        _ => [],
    };
}
