using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Editing;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

/// <summary>create/update for every kind of content (from its descriptor), and one archive mutation for all of them.</summary>
public static class ContentMutations
{
    public static void AddContentMutations(this ObjectGraphType mutation)
    {
        foreach (var kind in LocalizedKinds.All)
        {
            AddCreate(mutation, kind);
            AddUpdate(mutation, kind);
        }

        mutation.Field<NonNullGraphType<ContentEntityType>>("archive")
            .Description("Archives (or, with archived: false, restores) an entity: kept with its history and translations, never delivered.")
            .WithVariantTarget(locale: false)
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .Argument<LongGraphType>("expectedVersion")
            .Resolve()
            .WithService<EntityEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var kind = ctx.Kind();
                var entity = await editor.SetArchivedAsync(
                    kind, ctx.EntityId(), ctx.GetArgument("archived", true), ExpectedVersion(ctx), ctx.Edit("archive"), ctx.CancellationToken);
                return View(kind, entity);
            });
    }

    private static void AddCreate(ObjectGraphType mutation, LocalizedKind kind)
    {
        var field = mutation.Field<NonNullGraphType<ContentEntityType>>(kind.CreateMutation)
            .Description($"Creates {kind.Description}. Its texts are variants of kind {kind.Kind.ToConstantCase()} (upsertVariant).");
        if (kind.BelongsToBrand)
        {
            field.Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.");
        }

        field.Argument(InputGraphType(kind), "input")
            .Resolve()
            .WithService<EntityEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var brandId = kind.BelongsToBrand ? (await ctx.Delivery().Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken)).Id : (Guid?)null;
                var entity = await editor.CreateAsync(kind, brandId, Input(ctx, kind), ctx.Edit(kind.CreateMutation), ctx.CancellationToken);
                return View(kind, entity);
            });
    }

    private static void AddUpdate(ObjectGraphType mutation, LocalizedKind kind) =>
        mutation.Field<NonNullGraphType<ContentEntityType>>(kind.UpdateMutation)
            .Description("Replaces the entity's own values. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument(InputGraphType(kind), "input")
            .Resolve()
            .WithService<EntityEditor>()
            .ResolveAsync(async (ctx, editor) => View(kind, await editor.UpdateAsync(
                kind, ctx.GetArgument<Guid>("id"), ExpectedVersion(ctx), Input(ctx, kind), ctx.Edit(kind.UpdateMutation), ctx.CancellationToken)));

    /// <summary>The input object type declared for the kind's input record (its <c>InputObjectGraphType</c>, found by CLR type mapping).</summary>
    private static Type InputGraphType(LocalizedKind kind) => kind.InputType.GetGraphTypeFromType(isNullable: false, TypeMappingMode.InputType);

    /// <summary>The input, told the brands the caller's key covers when it names other brands (<see cref="IBrandScopedInput"/>).</summary>
    private static object Input(IResolveFieldContext ctx, LocalizedKind kind) => ctx.GetArgument(kind.InputType, "input") switch
    {
        IBrandScopedInput scoped => scoped.WithEditorBrands(ctx.Caller().BrandIds),
        var input => input!,
    };

    private static uint? ExpectedVersion(IResolveFieldContext ctx) => ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null;

    private static ContentEntityView View(LocalizedKind kind, IContentEntity entity) =>
        new(kind.Name, entity.Id, entity.Version, entity.ArchivedAt, kind.EntitySummary(entity));
}
