using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Schedule;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Schedule;

public static class ScheduleMutations
{
    public static void AddScheduleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostSlotType>>>>("schedulePost")
            .Description("""
                Sets a post's slots: the list replaces every slot not yet posted. A slot given again (same channel, market
                and local time) keeps its id and state; slots left out are CANCELLED; posted slots never change. New slots
                must lie in the future. Returns the post's slots that are not cancelled, by due time.
                """)
            .Argument<NonNullGraphType<UuidGraphType>>("post", "The channel post's id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PostSlotInputType>>>>("slots")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<PostScheduling>().ScheduleAsync(
                ctx.GetArgument<Guid>("post"),
                ctx.GetArgument<List<PostSlotInput>>("slots"),
                ctx.ScheduleScope(),
                ctx.Edit("schedulePost"),
                ctx.CancellationToken));

        mutation.Field<NonNullGraphType<DistributionType>>("markPosted")
            .Description("""
                Records that a due slot went out. Idempotent: the same call again returns the same record; another
                externalId for a posted slot is SLOT_ALREADY_POSTED. Refused for a slot not due yet (SLOT_NOT_DUE) or one
                the schedule lists as blocked (SLOT_BLOCKED).
                """)
            .Argument<NonNullGraphType<UuidGraphType>>("slotId")
            .Argument<NonNullGraphType<StringGraphType>>("externalId", "The post's id on the platform.")
            .Argument<NonNullGraphType<StringGraphType>>("url", "The post's address on the platform (http or https).")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt", "When it went out (at most a few minutes ahead of the server's clock).")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<SlotPosting>().MarkPostedAsync(
                new PostedReport(ctx.GetArgument<Guid>("slotId"), ctx.GetArgument<string>("externalId"), ctx.GetArgument<string>("url"), ctx.GetArgument<DateTimeOffset>("postedAt")),
                ctx.ScheduleScope(),
                ctx.Edit("markPosted"),
                ctx.CancellationToken));
    }
}
