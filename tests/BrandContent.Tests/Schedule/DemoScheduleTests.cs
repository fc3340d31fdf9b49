using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Schedule;

/// <summary>The demo comes with a schedule: its posts have slots in the coming days, in at least three markets.</summary>
public sealed class DemoScheduleTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task The_demo_schedule_has_Naver_Blog_posts_for_Korea_in_the_coming_days_and_slots_in_three_markets()
    {
        var feed = await new ScheduleCalls(app.GraphQL()).FeedOkAsync(
            "naver-blog", "KR", new { from = DateTimeOffset.UtcNow.AddDays(-3), to = DateTimeOffset.UtcNow.AddDays(4) });

        var node = feed.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("Asia/Seoul", node.GetProperty("slot").GetProperty("timeZone").GetString());
        Assert.False(string.IsNullOrWhiteSpace(node.GetProperty("headline").GetString()));
        await using var db = app.OpenDb();
        Assert.True(await db.PostSlots.Select(s => s.Market).Distinct().CountAsync() >= 3);
    }
}
