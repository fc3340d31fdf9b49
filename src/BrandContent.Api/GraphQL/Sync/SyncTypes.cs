using BrandContent.Api.GraphQL.Content;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Sync;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Sync;

public sealed class SyncPageType : ObjectGraphType<SyncPage>
{
    public SyncPageType()
    {
        Name = "SyncPage";
        Description = "One page of a sync: objects to store and objects to delete, and the token to send next.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncUpsertType>>>>("upserts")
            .Description("Objects to store (replace) under (kind, id[, locale]).").Resolve(ctx => ctx.Source.Upserts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SyncTombstoneType>>>>("tombstones")
            .Description("Objects to delete from a mirror: no longer delivered in this selection (unpublished, archived, rights expired…).")
            .Resolve(ctx => ctx.Source.Tombstones);
        Field<NonNullGraphType<StringGraphType>>("nextToken")
            .Description("Send it with the same brand and selection: the next page while hasMore, else the changes since this sync.")
            .Resolve(ctx => ctx.Source.NextToken);
        Field<NonNullGraphType<BooleanGraphType>>("hasMore").Description("More pages follow now; false: the mirror is up to date.").Resolve(ctx => ctx.Source.HasMore);
    }
}

public sealed class SyncUpsertType : ObjectGraphType<SyncEntry>
{
    public SyncUpsertType()
    {
        Name = "SyncUpsert";
        Description = "An object as delivered now, and the key a mirror stores it under.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<StringGraphType>("locale").Description(SyncTombstoneType.LocaleDescription).Resolve(ctx => ctx.Source.Locale);
        Field<NonNullGraphType<DeliveredContentType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

public sealed class SyncTombstoneType : ObjectGraphType<SyncEntry>
{
    public const string LocaleDescription =
        "The locale of the `locales` selection this entry belongs to (not always the locale served: see `node.locale`); null when syncing a market.";

    public SyncTombstoneType()
    {
        Name = "SyncTombstone";
        Description = "An object a mirror must delete: the key it was stored under.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<StringGraphType>("locale").Description(LocaleDescription).Resolve(ctx => ctx.Source.Locale);
    }
}
