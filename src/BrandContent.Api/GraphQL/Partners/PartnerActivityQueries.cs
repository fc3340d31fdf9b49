using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Partners;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Partners;

public static class PartnerActivityQueries
{
    public static void AddPartnerActivityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PartnerActivityType>>("partnerActivity")
            .Description($"What a partner took away per UTC day, brand and kind, with totals (at most {ActivityDays.MaxDays} days). "
                + "Administrators read any partner; a partner key reads only its own (any other id is NOT_FOUND). A brand-scoped key sees its brands only.")
            .Argument<NonNullGraphType<UuidGraphType>>("partner", "The partner's id.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "First UTC day.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "Last UTC day (included).")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("partner");
                var days = ActivityDays.Of(ctx.GetArgument<DateOnly>("from"), ctx.GetArgument<DateOnly>("to"));
                var caller = ctx.Caller();
                var found = caller.Can(Permission.ManagePartners) || caller.Partner?.PartnerId == id
                    ? await ctx.Delivery().Db.PartnerActivityAsync(id, days, caller.Brands, ctx.CancellationToken)
                    : null;
                return found ?? throw new BrandContentException(ErrorCode.NotFound, PartnerEditing.AuditKind, id);
            });

        query.Field<NonNullGraphType<MessagingFollowUpType>>("partnersBehindOnMessaging")
            .Description("The partners with an agreement in force for the brand whose last KEY_MESSAGES or KIT fetch of it is before its "
                + "messaging last changed (or who never fetched it), with the brand's messaging version and changedAt.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await delivery.Db.PartnersBehindOnMessagingAsync(brand.Id, brand.Slug, delivery.Now, ctx.CancellationToken);
            });
    }
}
