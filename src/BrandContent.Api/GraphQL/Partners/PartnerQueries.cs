using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Partners;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Partners;

public static class PartnerQueries
{
    public static void AddPartnerQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerGraphType>>>>("partners")
            .Description("Every partner with its agreements (administrators).")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.PartnerViewsAsync(null, ctx.CancellationToken));

        query.Field<PartnerGraphType>("partner")
            .Description("A partner by id: administrators read any; a partner key reads only its own (any other id is NOT_FOUND, "
                + "so a key cannot learn which partners exist).")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<Guid>("id");
                var caller = ctx.Caller();
                var found = caller.Can(Permission.ManagePartners) || caller.Partner?.PartnerId == id
                    ? (await ctx.Delivery().Db.PartnerViewsAsync([id], ctx.CancellationToken)).SingleOrDefault()
                    : null;
                return found ?? throw new BrandContentException(ErrorCode.NotFound, PartnerEditing.AuditKind, id);
            });

        query.Field<PartnerGraphType>("myPartner")
            .Description("The partner record and agreements of the partner whose key calls (contacts and notes are for administrators); "
                + "null for a key of no agreement.")
            .ResolveAsync(async ctx => ctx.Caller().Partner is { } partner
                ? (await ctx.Delivery().Db.PartnerViewsAsync([partner.PartnerId], ctx.CancellationToken)).SingleOrDefault()
                : null);
    }
}
