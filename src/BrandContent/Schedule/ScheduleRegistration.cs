using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Schedule;

public static class ScheduleRegistration
{
    /// <summary>Post slots, markPosted and the job that marks slots due.</summary>
    public static IHostApplicationBuilder AddBrandContentSchedule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PostScheduling>();
        builder.Services.AddScoped<SlotPosting>();
        builder.Services.AddScoped<SlotDueJob>();
        builder.Services.AddOptions<ScheduleOptions>()
            .BindConfiguration(ScheduleOptions.Section)
            .Validate(o => o.MaxWindowDays is >= 1 and <= 3660, $"{ScheduleOptions.Section}:MaxWindowDays must be between 1 and 3660.")
            .Validate(o => o.FeedDaysBack >= 0 && o.FeedDaysAhead >= 1 && o.FeedDaysBack + o.FeedDaysAhead <= o.MaxWindowDays,
                $"{ScheduleOptions.Section}:FeedDaysBack (0 or more) and FeedDaysAhead (1 or more) must together stay within MaxWindowDays.")
            .Validate(o => o.FeedMaxEvents is >= 1 and <= 10_000, $"{ScheduleOptions.Section}:FeedMaxEvents must be between 1 and 10000.")
            .Validate(o => o.PostedAtSkew >= TimeSpan.Zero && o.PostedAtSkew <= TimeSpan.FromHours(1), $"{ScheduleOptions.Section}:PostedAtSkew must be between 0 and 1 hour.")
            .Validate(o => o.MaxSlotsPerPost is >= 1 and <= 10_000, $"{ScheduleOptions.Section}:MaxSlotsPerPost must be between 1 and 10000.")
            .ValidateOnStart();
        builder.Services.AddHostedService<SlotDueService>();
        return builder;
    }
}
