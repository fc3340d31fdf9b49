using System.Text.Json;
using BrandContent.Tests.Fixtures;
using StandardWebhooks;

namespace BrandContent.Tests.Clarifications;

/// <summary>clarification.published reaches a real HTTP receiver, signed, for the source and each translation.</summary>
public sealed class ClarificationWebhookTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ClarificationScene scene = new(app);

    [Fact]
    public async Task The_fast_track_and_a_translation_each_send_clarification_published_with_severity_and_markets()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.DraftAsync(brand.Slug, "CRITICAL", ["KR", "JP", "US"]);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await app.DispatcherAsync();
        var (webhook, secret) = await host.GraphQL().CreateWebhookAsync(receiver.Url, ["clarification.published"], brands: [brand.Slug]);
        var (japanOnly, _) = await host.GraphQL().CreateWebhookAsync("https://hooks.test/jp", ["clarification.published"], brands: [brand.Slug], markets: ["JP"]);

        (await scene.PublishNowAsync(id)).Ok();
        await scene.TranslateAsync(id, "ko", "그런 일은 없습니다");
        var received = await receiver.WaitForAsync(r => r.Count == 2);

        var bodies = received.Select(r =>
        {
            new StandardWebhook(secret).Verify(r.Body, r.Headers);
            return JsonDocument.Parse(r.Body).RootElement;
        }).OrderBy(b => b.GetProperty("timestamp").GetDateTimeOffset()).ToList();
        Assert.All(bodies, b => Assert.Equal("clarification.published", b.GetProperty("type").GetString()));
        var source = bodies[0].GetProperty("data");
        Assert.Equal("CLARIFICATION", source.GetProperty("kind").GetString());
        Assert.Equal(id, source.GetProperty("id").GetGuid());
        Assert.Equal(brand.Slug, source.GetProperty("brand").GetString());
        Assert.Equal("vi", source.GetProperty("locale").GetString());
        Assert.Equal("CRITICAL", source.GetProperty("severity").GetString());
        Assert.Equal(["JP", "KR", "US"], source.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["KR", "JP", "US"], source.GetProperty("concernedMarkets").EnumerateArray().Select(m => m.GetString()));
        Assert.True(source.GetProperty("translationsDueAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(3));
        var translation = bodies[1].GetProperty("data");
        Assert.Equal("ko", translation.GetProperty("locale").GetString());
        Assert.Equal(["KR"], translation.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("Lễ hội", string.Concat(received.Select(r => r.Body)));

        // A subscription for Japan gets the source (it reaches every market) but not the Korean translation.
        var forJapan = await host.GraphQL().DeliveriesAsync(japanOnly);
        Assert.Single(forJapan);
        Assert.Equal(2, (await host.GraphQL().DeliveriesAsync(webhook)).Count);
    }
}
