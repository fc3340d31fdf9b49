using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Stories;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

/// <summary>create/update for each kind of content entity, and one archive mutation for all of them.</summary>
public static class ContentMutations
{
    public static void AddContentMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ContentEntityType>>("createBrand")
            .Description("A new destination; its name, slogan and story are variants of kind BRAND (upsertVariant).")
            .Argument<NonNullGraphType<BrandInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var brand = new Brand();
                return View(BrandRules.Instance, await Editor(ctx).CreateAsync(
                    BrandRules.Instance, brand, brand.Id, ctx.GetArgument<BrandInput>("input"), ctx.Edit("createBrand"), ctx.CancellationToken));
            });
        Update(mutation, "updateBrand", BrandRules.Instance, (Brand b) => b.Id);

        InBrand<Pillar, PillarInput, PillarInputType>(mutation, "Pillar", PillarRules.Instance, brandId => new Pillar { BrandId = brandId }, p => p.BrandId);
        InBrand<KeyMessage, KeyMessageInput, KeyMessageInputType>(mutation, "KeyMessage", KeyMessageRules.Instance, brandId => new KeyMessage { BrandId = brandId }, m => m.BrandId);
        InBrand<Story, StoryInput, StoryInputType>(mutation, "Story", StoryRules.Instance, brandId => new Story { BrandId = brandId }, s => s.BrandId);
        InBrand<Asset, AssetInput, AssetInputType>(mutation, "Asset", AssetRules.Instance, brandId => new Asset { BrandId = brandId }, a => a.BrandId);
        InBrand<Event, EventInput, EventInputType>(mutation, "Event", EventRules.Instance, brandId => new Event { BrandId = brandId }, e => e.BrandId);

        mutation.Field<NonNullGraphType<ContentEntityType>>("archive")
            .Description("Archives (or, with archived: false, restores) an entity: kept with its history and translations, never delivered.")
            .WithVariantTarget(locale: false)
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .Argument<LongGraphType>("expectedVersion")
            .ResolveAsync(async ctx =>
            {
                var (id, archived, version, edit) = (ctx.EntityId(), ctx.GetArgument("archived", true), ExpectedVersion(ctx), ctx.Edit("archive"));
                var editor = Editor(ctx);
                return ctx.GetArgument<ContentKind>("kind") switch
                {
                    ContentKind.Brand => View(BrandRules.Instance, await editor.SetArchivedAsync<Brand>("Brand", id, archived, version, edit, ctx.CancellationToken)),
                    ContentKind.Pillar => View(PillarRules.Instance, await editor.SetArchivedAsync<Pillar>("Pillar", id, archived, version, edit, ctx.CancellationToken)),
                    ContentKind.KeyMessage => View(KeyMessageRules.Instance, await editor.SetArchivedAsync<KeyMessage>("KeyMessage", id, archived, version, edit, ctx.CancellationToken)),
                    ContentKind.Story => View(StoryRules.Instance, await editor.SetArchivedAsync<Story>("Story", id, archived, version, edit, ctx.CancellationToken)),
                    ContentKind.Asset => View(AssetRules.Instance, await editor.SetArchivedAsync<Asset>("Asset", id, archived, version, edit, ctx.CancellationToken)),
                    _ => View(EventRules.Instance, await editor.SetArchivedAsync<Event>("Event", id, archived, version, edit, ctx.CancellationToken)),
                };
            });
    }

    private static void InBrand<TEntity, TInput, TInputType>(
        ObjectGraphType mutation, string kind, IEntityRules<TEntity, TInput> rules, Func<Guid, TEntity> create, Func<TEntity, Guid> brandOf)
        where TEntity : class, IContentEntity
        where TInputType : InputObjectGraphType<TInput>
    {
        var name = $"create{kind}";
        mutation.Field<NonNullGraphType<ContentEntityType>>(name)
            .Description($"A new {kind} of a brand; its texts are variants of kind {kind.ToUpperInvariant()} (upsertVariant).")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var brand = await ctx.Delivery().Db.GetBySlugAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return View(rules, await Editor(ctx).CreateAsync(rules, create(brand.Id), brand.Id, ctx.GetArgument<TInput>("input"), ctx.Edit(name), ctx.CancellationToken));
            });
        Update<TEntity, TInput, TInputType>(mutation, $"update{kind}", rules, brandOf);
    }

    private static void Update<TEntity, TInput>(ObjectGraphType mutation, string name, IEntityRules<TEntity, TInput> rules, Func<TEntity, Guid> brandOf)
        where TEntity : class, IContentEntity =>
        Update<TEntity, TInput, BrandInputType>(mutation, name, rules, brandOf);

    private static void Update<TEntity, TInput, TInputType>(ObjectGraphType mutation, string name, IEntityRules<TEntity, TInput> rules, Func<TEntity, Guid> brandOf)
        where TEntity : class, IContentEntity
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ContentEntityType>>(name)
            .Description("Replaces the entity's own values. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx => View(rules, await Editor(ctx).UpdateAsync(
                rules, ctx.GetArgument<Guid>("id"), ExpectedVersion(ctx), ctx.GetArgument<TInput>("input"), brandOf, ctx.Edit(name), ctx.CancellationToken)));

    private static uint? ExpectedVersion(IResolveFieldContext ctx) => ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null;

    private static EntityEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<EntityEditor>();

    private static ContentEntityView View<TEntity, TInput>(IEntityRules<TEntity, TInput> rules, TEntity entity)
        where TEntity : class, IContentEntity =>
        new(rules.Kind, entity.Id, entity.Version, entity.ArchivedAt, rules.Summary(entity));
}
