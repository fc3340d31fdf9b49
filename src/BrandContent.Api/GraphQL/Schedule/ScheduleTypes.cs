using BrandContent.Api.GraphQL.Input;
using BrandContent.Assets;
using BrandContent.Schedule;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace BrandContent.Api.GraphQL.Schedule;

public sealed class SlotStateType : EnumerationGraphType<SlotState>
{
    public SlotStateType()
    {
        Name = "SlotState";
        Description = "SCHEDULED until its time, then DUE (once, when the slot.due event goes out), POSTED once markPosted records it; CANCELLED when an editor took it off.";
    }
}

public sealed class SlotBlockReasonType : EnumerationGraphType<SlotBlock>
{
    public SlotBlockReasonType()
    {
        Name = "SlotBlockReason";
        Description = "Why a slot cannot go out as planned.";
    }
}

public sealed class PostSlotType : ObjectGraphType<PostSlot>
{
    public PostSlotType()
    {
        Name = "PostSlot";
        Description = "A planned appearance of a channel post: a channel, a market and a wall-clock time in the market's time zone.";
        Field<NonNullGraphType<UuidGraphType>>("id").Description("Stable for the slot's life (the iCalendar UID is made from it).").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<UuidGraphType>>("postId").Resolve(ctx => ctx.Source.PostId);
        Field<NonNullGraphType<StringGraphType>>("channel").Description("Channel code.").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<StringGraphType>>("market").Description("Market code.").Resolve(ctx => ctx.Source.Market);
        Field<NonNullGraphType<StringGraphType>>("localTime")
            .Description("The wall-clock time in `timeZone`, ISO 8601 without offset (2026-12-01T09:00).")
            .Resolve(ctx => SlotTime.Format(ctx.Source.LocalTime));
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The market's IANA time zone when the slot was scheduled.").Resolve(ctx => ctx.Source.TimeZone);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Description("The instant, in UTC.").Resolve(ctx => ctx.Source.DueAt);
        Field<NonNullGraphType<SlotStateType>>("state").Resolve(ctx => ctx.Source.State);
    }
}

public sealed class ScheduledMediaType : ObjectGraphType<Asset>
{
    public ScheduledMediaType()
    {
        Name = "ScheduledMedia";
        Description = "A medium of a scheduled post whose rights still hold at the slot's time.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<AssetKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(ctx => ctx.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("mimeType").Resolve(ctx => ctx.Source.MimeType);
        Field<FloatGraphType>("durationSeconds").Resolve(ctx => ctx.Source.DurationSeconds);
    }
}

public sealed class ScheduledPostType : ObjectGraphType<ScheduleEntry>
{
    public ScheduledPostType()
    {
        Name = "ScheduledPost";
        Description = "A slot ready to go out, with its post in the market's locale chain.";
        Field<NonNullGraphType<PostSlotType>>("slot").Resolve(ctx => ctx.Source.Slot);
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale of the variant served.").Resolve(ctx => ctx.Source.Served!.Locale);
        Field<NonNullGraphType<BooleanGraphType>>("isFallback")
            .Description("True when the variant is not in the first locale of the market's chain.")
            .Resolve(ctx => ctx.Source.Served!.IsFallback);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledMediaType>>>>("media")
            .Description("The post's media whose rights still hold at the slot's time (those expired by then are left out).")
            .Resolve(ctx => ctx.Source.Media);
        this.AddServedPostFields();
    }
}

public sealed class BlockedSlotType : ObjectGraphType<ScheduleEntry>
{
    public BlockedSlotType()
    {
        Name = "BlockedSlot";
        Description = "A slot that cannot go out as planned, and why; it is listed, never dropped.";
        Field<NonNullGraphType<PostSlotType>>("slot").Resolve(ctx => ctx.Source.Slot);
        Field<NonNullGraphType<SlotBlockReasonType>>("reason").Resolve(ctx => ctx.Source.Block!.Value);
    }
}

public sealed class ScheduledPostEdgeType : ObjectGraphType<ScheduleEdge>
{
    public ScheduledPostEdgeType()
    {
        Name = "ScheduledPostEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ScheduledPostType>>("node").Resolve(ctx => ctx.Source.Entry);
    }
}

/// <summary>One slot of a page with its cursor.</summary>
public sealed record ScheduleEdge(string Cursor, ScheduleEntry Entry);

/// <summary>A page of the schedule: the window it covers, its ready slots as edges and its blocked slots beside them.</summary>
public sealed record SocialScheduleAnswer(ScheduleWindow Window, IReadOnlyList<ScheduleEdge> Edges, IReadOnlyList<ScheduleEntry> Blocked, bool HasNextPage, bool HasPreviousPage, string? EndCursor);

public sealed class SocialScheduleType : ObjectGraphType<SocialScheduleAnswer>
{
    public SocialScheduleType()
    {
        Name = "SocialSchedule";
        Description = "One page of a channel and market's slots by due time. A page holds `first` slots: the ready ones are `edges`, the others are `blocked`; `pageInfo.endCursor` is the last slot of either.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("The window's start (UTC), included.").Resolve(ctx => ctx.Source.Window.From);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("The window's end (UTC), excluded.").Resolve(ctx => ctx.Source.Window.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledPostEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlockedSlotType>>>>("blocked").Resolve(ctx => ctx.Source.Blocked);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfo
        {
            HasNextPage = ctx.Source.HasNextPage,
            HasPreviousPage = ctx.Source.HasPreviousPage,
            StartCursor = null,
            EndCursor = ctx.Source.EndCursor,
        });
    }
}

public sealed class DistributionType : ObjectGraphType<Distribution>
{
    public DistributionType()
    {
        Name = "Distribution";
        Description = "A slot a scheduler reported posted: what was sent where.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<UuidGraphType>>("slotId").Resolve(ctx => ctx.Source.SlotId);
        Field<NonNullGraphType<UuidGraphType>>("postId").Resolve(ctx => ctx.Source.PostId);
        Field<NonNullGraphType<StringGraphType>>("channel").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<StringGraphType>>("market").Resolve(ctx => ctx.Source.Market);
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale of the variant sent.").Resolve(ctx => ctx.Source.Locale);
        Field<NonNullGraphType<StringGraphType>>("externalId").Resolve(ctx => ctx.Source.ExternalId);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(ctx => ctx.Source.Url);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("postedAt").Resolve(ctx => ctx.Source.PostedAt);
        Field<NonNullGraphType<StringGraphType>>("markedBy").Description("The key that reported it.").Resolve(ctx => ctx.Source.MarkedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("markedAt").Resolve(ctx => ctx.Source.MarkedAt);
    }
}

public sealed class PostSlotInputType : InputObjectGraphType<PostSlotInput>
{
    public PostSlotInputType()
    {
        Name = "PostSlotInput";
        Field<NonNullGraphType<StringGraphType>>("channel").Description("A channel the post targets.");
        Field<NonNullGraphType<StringGraphType>>("market").Description("A market the post targets and the channel serves.");
        Field<NonNullGraphType<StringGraphType>>("localTime")
            .Description("Wall-clock time in the market's time zone, ISO 8601 without offset (2026-12-01T09:00). A time the clocks skip is refused; a time that happens twice is the first.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PostSlotInput((string)value["channel"]!, (string)value["market"]!, (string)value["localTime"]!);
}
