using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Clarifications;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Clarifications;

public static class IncidentFields
{
    public static void AddIncidentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncidentType>>>>("incidents")
            .Description($"A brand's incidents detected in [from, to) (either end open), in detection order, with their response times; at most {IncidentList.MaxIncidents}.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<DateTimeOffsetGraphType>("from", "Detected at or after this instant.")
            .Argument<DateTimeOffsetGraphType>("to", "Detected before this instant.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var brand = await db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await db.ListIncidentsAsync(brand.Id, ctx.GetArgument<DateTimeOffset?>("from"), ctx.GetArgument<DateTimeOffset?>("to"), ctx.CancellationToken);
            });
    }

    public static void AddIncidentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IncidentType>>("createIncident")
            .Description("Records an incident of a brand: its mentions and clarification must be the brand's own.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<IncidentInputType>>("input")
            .Resolve()
            .WithService<IncidentEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var brand = await ctx.Delivery().Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await editor.CreateAsync(brand.Id, ctx.GetArgument<IncidentInput>("input"), ctx.Edit("createIncident"), ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<IncidentType>>("updateIncident")
            .Description("Replaces an incident's values: link mentions and its clarification, mark it answered.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<NonNullGraphType<IncidentInputType>>("input")
            .Resolve()
            .WithService<IncidentEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                // Incidents are no content kind, so the access middleware cannot place the id: a brand-scoped key is checked here.
                var id = ctx.GetArgument<Guid>("id");
                var brandId = await ctx.Delivery().Db.Incidents.Where(i => i.Id == id).Select(i => (Guid?)i.BrandId).FirstOrDefaultAsync(ctx.CancellationToken);
                if (brandId is { } owner && !ctx.Caller().InBrands(owner))
                {
                    throw new BrandContentException(ErrorCode.OutOfScope, "brand", owner);
                }

                return await editor.UpdateAsync(id, ctx.GetArgument<IncidentInput>("input"), ctx.Edit("updateIncident"), ctx.CancellationToken);
            });
    }
}
