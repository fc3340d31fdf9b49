using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Posts;
using BrandContent.Schedule;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Schedule;

public static class ScheduledPostFields
{
    /// <summary>The served post itself, in the locale chosen for the slot.</summary>
    public static void AddServedPostFields(this ObjectGraphType<ScheduleEntry> type)
    {
        type.Field<NonNullGraphType<UuidGraphType>>("postId").Resolve(ctx => ctx.Source.Slot.PostId);
        type.Field<NonNullGraphType<ChannelPostType>>("post")
            .Description("The post in the variant chosen for the slot (its `media` are those whose rights hold now; `media` beside it, those at the slot's time).")
            .Resolve(ctx => ctx.Source.Served);
        type.Field<NonNullGraphType<StringGraphType>>("headline")
            .Description("The post's text, else its slogan (print), else its radio script, in the served locale.")
            .Resolve(ctx => PostVariantParts.Headline(ctx.Source.Served!.Variant));
    }
}
