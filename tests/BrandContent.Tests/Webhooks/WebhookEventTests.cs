using System.Text.Json;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Tests.Fixtures;
using BrandContent.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using StandardWebhooks;

namespace BrandContent.Tests.Webhooks;

/// <summary>What the workflow, archiving and editing put in the outbox, in their transactions, for whom.</summary>
public sealed class WebhookEventTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    /// <summary>A brand of its own with a story in vi (approved, revision 1) and its ko and ja translations made from revision 1.</summary>
    private async Task<(Brands.Brand Brand, Guid Story)> SeedAsync()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "hook", new DateOnly(2026, 5, 1), new V("vi", WorkflowStatus.Approved), new V("ko", WorkflowStatus.Draft), new V("ja", WorkflowStatus.Draft));
        await using var db = app.OpenDb();
        db.AddRange(brand, story);
        await db.SaveChangesAsync();
        return (brand, story.Id);
    }

    private static JsonElement Body(JsonElement delivery) => JsonDocument.Parse(delivery.GetProperty("payload").GetString()!).RootElement;

    private static List<string> Markets(JsonElement data) => data.GetProperty("markets").EnumerateArray().Select(m => m.GetString()!).ToList();

    [Fact]
    public async Task Publishing_sends_content_published_with_kind_id_brand_locale_markets_and_revision_to_the_receiver()
    {
        var (brand, story) = await SeedAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await app.DispatcherAsync();
        var (webhook, secret) = await host.GraphQL().CreateWebhookAsync(receiver.Url, ["content.published"], brands: [brand.Slug]);

        (await editing.StepAsync("publish", "STORY", story, "vi", 1)).Ok();
        var received = (await receiver.WaitForAsync(r => r.Count == 1)).Single();

        new StandardWebhook(secret).Verify(received.Body, received.Headers);
        Assert.StartsWith("{\"type\":\"content.published\",\"timestamp\":", received.Body);
        var body = JsonDocument.Parse(received.Body).RootElement;
        Assert.Equal("content.published", body.GetProperty("type").GetString());
        Assert.True(body.GetProperty("timestamp").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
        var data = body.GetProperty("data");
        Assert.Equal("STORY", data.GetProperty("kind").GetString());
        Assert.Equal(story, data.GetProperty("id").GetGuid());
        Assert.Equal(brand.Slug, data.GetProperty("brand").GetString());
        Assert.Equal("vi", data.GetProperty("locale").GetString());
        Assert.Equal(1, data.GetProperty("revision").GetInt32());
        Assert.Contains("KR", Markets(data));
        Assert.Contains("FR", Markets(data));
        Assert.DoesNotContain("hook vi", received.Body);
        Assert.Equal(["content.published"], (await host.GraphQL().DeliveriesAsync(webhook)).Select(d => d.GetProperty("eventType").GetString()));
    }

    [Fact]
    public async Task Unpublishing_archiving_and_a_scheduled_publish_each_enqueue_their_event_only_for_matching_subscriptions()
    {
        var (brand, story) = await SeedAsync();
        var client = app.GraphQL();
        var (all, _) = await client.CreateWebhookAsync("https://hooks.test/all", ["content.published", "content.unpublished", "content.archived"], brands: [brand.Slug]);
        var (other, _) = await client.CreateWebhookAsync("https://hooks.test/other", ["content.published", "content.unpublished", "content.archived"], brands: ["gia-lai"]);
        var (pingOnly, _) = await client.CreateWebhookAsync("https://hooks.test/ping", ["test.ping"]);

        var publishAt = DateTimeOffset.UtcNow.AddSeconds(1);
        (await editing.StepAsync("publish", "STORY", story, "vi", 1, ", publishAt: $publishAt", new { publishAt })).Ok();
        Assert.Empty(await client.DeliveriesAsync(all));
        await Poll.UntilAsync(async () => await app.InScopeAsync(s => s.GetRequiredService<PublishScheduler>().RunDueAsync(CancellationToken.None)) == 1);
        (await editing.StepAsync("unpublish", "STORY", story, "vi", 1)).Ok();
        (await client.QueryAsync("mutation($id: ID!) { archive(kind: STORY, id: $id) { id } }", new { id = story })).Ok();

        var events = (await client.DeliveriesAsync(all)).Select(Body).Reverse().ToList();
        Assert.Equal(["content.published", "content.unpublished", "content.archived"], events.Select(e => e.GetProperty("type").GetString()));
        Assert.All(events, e => Assert.Equal(story, e.GetProperty("data").GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, events[2].GetProperty("data").GetProperty("locale").ValueKind);
        Assert.Empty(await client.DeliveriesAsync(other));
        Assert.Empty(await client.DeliveriesAsync(pingOnly));
    }

    [Fact]
    public async Task A_change_of_the_source_announces_each_translation_it_makes_outdated_once()
    {
        var (brand, story) = await SeedAsync();
        var client = app.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync("https://hooks.test/outdated", ["translation.outdated"], brands: [brand.Slug], markets: ["KR"]);
        var (elsewhere, _) = await client.CreateWebhookAsync("https://hooks.test/outdated-fr", ["translation.outdated"], brands: [brand.Slug], markets: ["FR"]);
        var (everywhere, _) = await client.CreateWebhookAsync("https://hooks.test/outdated-all", ["translation.outdated"], brands: [brand.Slug]);

        var revision = (await editing.UpsertOkAsync("STORY", story, "vi", 1, new { title = "Tiêu đề mới" })).GetProperty("revision").GetInt32();
        await editing.UpsertOkAsync("STORY", story, "vi", revision, new { title = "Tiêu đề mới hơn" });
        await editing.UpsertOkAsync("STORY", story, "ko", 1, new { title = "새 제목" });

        var sent = (await client.DeliveriesAsync(webhook)).Select(Body).ToList();
        var data = Assert.Single(sent).GetProperty("data");
        Assert.Equal("ko", data.GetProperty("locale").GetString());
        Assert.Equal("STORY", data.GetProperty("kind").GetString());
        Assert.Equal(2, data.GetProperty("sourceRevision").GetInt32());
        Assert.Equal(1, data.GetProperty("translatedFromRevision").GetInt32());
        Assert.Equal("vi", data.GetProperty("sourceLocale").GetString());
        Assert.Contains("KR", Markets(data));
        Assert.Empty(await client.DeliveriesAsync(elsewhere));
        var locales = (await client.DeliveriesAsync(everywhere)).Select(d => Body(d).GetProperty("data").GetProperty("locale").GetString()).Order();
        Assert.Equal(["ja", "ko"], locales);
    }

    [Fact]
    public async Task Slot_due_is_enqueued_for_matching_markets_in_the_callers_transaction_and_nothing_without_a_subscriber()
    {
        var (brand, _) = await SeedAsync();
        var client = app.GraphQL();
        int EventsOfType(BrandContentDb db) => db.WebhookEvents.Count(e => e.Type == WebhookEventTypes.SlotDue);

        await using (var db = app.OpenDb())
        {
            Assert.Equal(0, await db.EnqueueWebhookEventAsync(WebhookEventTypes.SlotDue, brand.Id, ["KR"], new { slot = Guid.NewGuid() }, CancellationToken.None));
            Assert.Equal(0, EventsOfType(db));
        }

        var (korea, _) = await client.CreateWebhookAsync("https://hooks.test/slots-kr", ["slot.due"], markets: ["KR"]);
        var (japan, _) = await client.CreateWebhookAsync("https://hooks.test/slots-jp", ["slot.due"], markets: ["JP"]);
        await using (var db = app.OpenDb())
        {
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                Assert.Equal(1, await db.EnqueueWebhookEventAsync(WebhookEventTypes.SlotDue, brand.Id, ["KR"], new { slot = "rolled back" }, CancellationToken.None));
            }

            Assert.Equal(0, EventsOfType(db));
            await using var committed = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await db.EnqueueWebhookEventAsync(WebhookEventTypes.SlotDue, brand.Id, ["KR", "US"], new { slot = "kept" }, CancellationToken.None));
            await committed.CommitAsync();
        }

        var due = Body(Assert.Single(await client.DeliveriesAsync(korea)));
        Assert.Equal("slot.due", due.GetProperty("type").GetString());
        Assert.Equal("kept", due.GetProperty("data").GetProperty("slot").GetString());
        Assert.Empty(await client.DeliveriesAsync(japan));
    }
}
