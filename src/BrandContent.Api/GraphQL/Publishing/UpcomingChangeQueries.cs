using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Publishing;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Publishing;

public sealed class ScheduledActionType : EnumerationGraphType<ScheduledAction>
{
    public ScheduledActionType()
    {
        Name = "ScheduledAction";
        Description = "PUBLISH or UNPUBLISH at a set time.";
    }
}

public sealed class UpcomingChangeType : ObjectGraphType<UpcomingChange>
{
    public UpcomingChangeType()
    {
        Name = "UpcomingChange";
        Description = "A publish or unpublish the scheduler will carry out.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.EntityId);
        Field(c => c.Locale);
        Field<NonNullGraphType<ScheduledActionType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Resolve(ctx => ctx.Source.DueAt);
        Field(c => c.RequestedBy).Description("The key that scheduled it.");
        Field(c => c.Label, nullable: true).Description("Title, name or headline of the variant, in its locale.");
    }
}

public static class UpcomingChangeQueries
{
    public static void AddUpcomingChangeQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpcomingChangeType>>>>("upcomingChanges")
            .Description("Scheduled publishes and unpublishes of a brand's content from now on, soonest first.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<IntGraphType>("days", $"How many days ahead (1-{UpcomingChanges.MaxDays}).", a => a.DefaultValue = 7)
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var days = ctx.GetArgument("days", 7);
                if (days is < 1 or > UpcomingChanges.MaxDays)
                {
                    throw new BrandContentException(ErrorCode.PageSizeOutOfRange, days, 1, UpcomingChanges.MaxDays);
                }

                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await delivery.Db.UpcomingChangesAsync(brand.Id, delivery.Now, delivery.Now.AddDays(days), ctx.CancellationToken);
            });
}
