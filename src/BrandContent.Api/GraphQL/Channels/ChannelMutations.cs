using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Channels;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Channels;

public static class ChannelMutations
{
    public static void AddChannelMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChannelType>>("createChannel")
            .Description("Adds a channel with the markets it serves and its rules.")
            .Argument<NonNullGraphType<ChannelInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.SaveChannelAsync(
                null, ctx.GetArgument<ChannelInput>("input"), ctx.Edit("createChannel"), ctx.Delivery().Now, ctx.CancellationToken));
        mutation.Field<NonNullGraphType<ChannelType>>("updateChannel")
            .Description("Replaces a channel's names, kind, markets and rules.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<NonNullGraphType<ChannelInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.SaveChannelAsync(
                ctx.GetArgument<string>("code"), ctx.GetArgument<ChannelInput>("input"), ctx.Edit("updateChannel"), ctx.Delivery().Now, ctx.CancellationToken));
        mutation.Field<NonNullGraphType<ChannelType>>("archiveChannel")
            .Description("Stops a channel taking posts (archived: false brings it back); its code stays reserved.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .ResolveAsync(async ctx => await ctx.Delivery().Db.ArchiveChannelAsync(
                ctx.GetArgument<string>("code"), ctx.GetArgument("archived", true), ctx.Edit("archiveChannel"), ctx.Delivery().Now, ctx.CancellationToken));
    }
}
