using System.Text.Json;
using BrandContent.Tests.Fixtures;
using StandardWebhooks;

namespace BrandContent.Tests.Partners;

/// <summary>messaging.changed, to a real receiver, signed; a subscription confined to an agreement gets only what the agreement covers while in force.</summary>
public sealed class ActivityWebhookTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Create = "mutation($i: WebhookInput!) { createWebhook(input: $i) { webhook { id agreementId } secret } }";
    private readonly ActivityScene scene = new(app);

    [Fact]
    public async Task An_agreement_subscription_gets_messaging_changed_for_its_brands_and_audiences_and_nothing_once_the_agreement_ended()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (otherBrand, _) = await scene.Partners.BrandAsync();
        var partner = await scene.Partners.PartnerAsync();
        var agreement = await scene.Partners.AgreementAsync(partner, brand, audiences: ["INVESTORS"]);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await app.DispatcherAsync();
        var admin = new GraphQLClient(host.CreateClient(), BrandContentApp.AdminToken);
        var created = (await admin.QueryAsync(Create, new { i = new { url = receiver.Url, events = new[] { "messaging.changed" }, agreementId = agreement } }))
            .Ok().GetProperty("createWebhook");
        var webhook = created.GetProperty("webhook").GetProperty("id").GetGuid();
        Assert.Equal(agreement, created.GetProperty("webhook").GetProperty("agreementId").GetGuid());
        var secret = created.GetProperty("secret").GetString()!;
        var (everything, _) = await admin.CreateWebhookAsync("https://hooks.test/all", ["messaging.changed"]);

        var investors = await ActivityScene.PublishMessageAsync(admin, brand, "Cho nhà đầu tư", "INVESTORS");
        var version = (await scene.MessagingAsync(brand)).Version;
        await ActivityScene.PublishMessageAsync(admin, brand, "Cho du khách", "TOURISTS");
        await ActivityScene.PublishMessageAsync(admin, otherBrand, "Thương hiệu khác", "INVESTORS");
        (await admin.QueryAsync("mutation($id: ID!) { archive(kind: KEY_MESSAGE, id: $id) { archivedAt } }", new { id = investors })).Ok();

        var received = await receiver.WaitForAsync(r => r.Count == 2);
        var bodies = received.Select(r =>
        {
            new StandardWebhook(secret).Verify(r.Body, r.Headers);
            return JsonDocument.Parse(r.Body).RootElement;
        }).OrderBy(b => b.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.All(bodies, b => Assert.Equal("messaging.changed", b.GetProperty("type").GetString()));
        var published = bodies[0].GetProperty("data");
        Assert.Equal(brand.Slug, published.GetProperty("brand").GetString());
        Assert.Equal(investors, published.GetProperty("keyMessageId").GetGuid());
        Assert.Equal(["vi"], published.GetProperty("locales").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("JP", published.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["INVESTORS"], published.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(version, published.GetProperty("version").GetString());
        var archived = bodies[1].GetProperty("data");
        Assert.Equal(investors, archived.GetProperty("keyMessageId").GetGuid());
        Assert.Equal((await scene.MessagingAsync(brand)).Version, archived.GetProperty("version").GetString());
        Assert.NotEqual(version, archived.GetProperty("version").GetString());

        // The tourists' message and the other brand's went to the unfiltered subscription only.
        Assert.Equal(2, (await admin.DeliveriesAsync(webhook)).Count);
        Assert.Equal(4, (await admin.DeliveriesAsync(everything)).Count);

        (await admin.QueryAsync("mutation($id: ID!) { endAgreement(id: $id) { status } }", new { id = agreement })).Ok();
        await ActivityScene.PublishMessageAsync(admin, brand, "Sau khi kết thúc", "INVESTORS");

        Assert.Equal(2, (await admin.DeliveriesAsync(webhook)).Count);
        Assert.Equal(5, (await admin.DeliveriesAsync(everything)).Count);
    }

    [Fact]
    public async Task A_forged_agreement_id_is_refused_naming_the_field()
    {
        var response = await app.GraphQL().QueryAsync(Create, new { i = new { url = "https://hooks.test/x", events = new[] { "messaging.changed" }, agreementId = Guid.NewGuid() } });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problems = response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray();
        Assert.Contains(problems, p => p.GetProperty("field").GetString() == "agreementId");
    }

    [Fact]
    public async Task An_agreement_subscription_still_gets_nothing_outside_the_agreements_brands_for_other_event_types()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (otherBrand, _) = await scene.Partners.BrandAsync();
        var partner = await scene.Partners.PartnerAsync();
        var agreement = await scene.Partners.AgreementAsync(partner, brand, audiences: ["INVESTORS"]);
        var webhook = (await app.GraphQL().QueryAsync(Create, new { i = new { url = "https://hooks.test/agreement", events = new[] { "content.published" }, agreementId = agreement } }))
            .Ok().GetProperty("createWebhook").GetProperty("webhook").GetProperty("id").GetGuid();

        await ActivityScene.PublishMessageAsync(app.GraphQL(), brand, "Của thỏa thuận", "TOURISTS");
        await ActivityScene.PublishMessageAsync(app.GraphQL(), otherBrand, "Ngoài thỏa thuận", "INVESTORS");

        var deliveries = await app.GraphQL().DeliveriesAsync(webhook);
        var payload = JsonDocument.Parse(Assert.Single(deliveries).GetProperty("payload").GetString()!).RootElement;
        Assert.Equal(brand.Slug, payload.GetProperty("data").GetProperty("brand").GetString());
    }
}
