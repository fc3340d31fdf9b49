using System.Text.Json;
using BrandContent.Schedule;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Schedule;

/// <summary>The due job marks each slot due once, whatever the number of server processes.</summary>
public sealed class SlotDueJobTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static Task<int> RunAsync(BrandContentApp host) =>
        host.InScopeAsync(services => services.GetRequiredService<SlotDueJob>().RunDueAsync(CancellationToken.None));

    [Fact]
    public async Task Two_servers_running_the_job_at_once_mark_each_due_slot_once_and_leave_future_ones()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "due", locales: "ko");
        var due = Enumerable.Range(1, 30).Select(i => ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddMinutes(-i))).ToList();
        var future = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddHours(1));
        await ScheduleData.SeedAsync(app, [brand, channel, post, .. due, future]);
        await using var twin = app.Twin();
        int waiting;
        await using (var before = app.OpenDb())
        {
            // Every slot waiting and due in this database (demo content may have some of its own).
            waiting = await before.PostSlots.CountAsync(s => s.State == SlotState.Scheduled && s.DueAt <= DateTimeOffset.UtcNow);
        }

        var marked = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { RunAsync(app), RunAsync(twin) }));
        var remaining = await RunAsync(app) + await RunAsync(twin);

        Assert.True(waiting >= due.Count);
        Assert.Equal(waiting, marked.Sum());
        Assert.Equal(0, remaining);
        await using var db = app.OpenDb();
        var states = await db.PostSlots.Where(s => s.PostId == post.Id).ToDictionaryAsync(s => s.Id);
        Assert.All(due, s => Assert.Equal(SlotState.Due, states[s.Id].State));
        Assert.All(due, s => Assert.NotNull(states[s.Id].DueMarkedAt));
        Assert.Equal(SlotState.Scheduled, states[future.Id].State);
    }

    [Fact]
    public async Task A_slot_falling_due_sends_one_slot_due_webhook_with_its_ids_and_times_to_its_markets_subscribers()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "due-webhook", locales: "ko");
        var slot = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddMinutes(-1));
        await ScheduleData.SeedAsync(app, [brand, channel, post, slot]);
        var client = app.GraphQL();
        var (seoul, _) = await client.CreateWebhookAsync("https://hooks.test/due-seoul", ["slot.due"], brands: [brand.Slug], markets: [ScheduleData.Seoul]);
        var (elsewhere, _) = await client.CreateWebhookAsync("https://hooks.test/due-paris", ["slot.due"], brands: [brand.Slug], markets: [ScheduleData.Paris]);
        await using var twin = app.Twin();

        await Task.WhenAll(RunAsync(app), RunAsync(twin), RunAsync(app));

        var delivery = Assert.Single(await client.DeliveriesAsync(seoul));
        var body = JsonDocument.Parse(delivery.GetProperty("payload").GetString()!).RootElement;
        Assert.Equal("slot.due", body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(slot.Id, data.GetProperty("slot").GetGuid());
        Assert.Equal(post.Id, data.GetProperty("post").GetGuid());
        Assert.Equal(brand.Slug, data.GetProperty("brand").GetString());
        Assert.Equal(channel.Code, data.GetProperty("channel").GetString());
        Assert.Equal(ScheduleData.Seoul, data.GetProperty("market").GetString());
        Assert.Equal("Asia/Seoul", data.GetProperty("timeZone").GetString());
        Assert.Equal(slot.DueAt, data.GetProperty("dueAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        Assert.Empty(await client.DeliveriesAsync(elsewhere));
    }
}
