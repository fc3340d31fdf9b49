using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Partners;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Messages;

public sealed class KeyMessageType : ObjectGraphType<Localized<KeyMessage, KeyMessageVariant>>
{
    public KeyMessageType()
    {
        Name = "KeyMessage";
        Description = "Approved messaging for a brand, for given markets and audiences, valid for a phase.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<IntGraphType>>("priority").Description("1 is the most important.").Resolve(ctx => ctx.Source.Entity.Priority);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets")
            .Description("Market codes it is meant for; empty means every market.").Resolve(ctx => ctx.Source.Entity.Markets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("audiences")
            .Description("Audience codes it is meant for; empty means every audience.").Resolve(ctx => ctx.Source.Entity.Audiences);
        Field<DateOnlyGraphType>("validFrom").Resolve(ctx => ctx.Source.Entity.ValidFrom);
        Field<DateOnlyGraphType>("validTo").Resolve(ctx => ctx.Source.Entity.ValidTo);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("headline").Resolve(ctx => ctx.Source.Variant.Headline);
        Field<StringGraphType>("body").Resolve(ctx => ctx.Source.Variant.Body);
        Field<PillarType>("pillar").Resolve(ctx => ctx.LoadPillar(ctx.Source.Entity.PillarId, ctx.Source.Chain));
        Field<KeyMessageType>("alignsWith").Description("The parent brand's message this one stays consistent with.")
            .Resolve(ctx =>
            {
                if (ctx.Source.Entity.AlignsWithId is not { } id)
                {
                    return null;
                }

                var delivery = ctx.Delivery();
                var chain = ctx.Source.Chain;
                var audiences = ctx.Caller().MessageAudiences;
                return delivery.Load<Guid, Localized<KeyMessage, KeyMessageVariant>>($"messages:{chain.Key}", id, async (ids, ct) =>
                    (await delivery.Db.KeyMessagesByIdAsync(ids, chain, delivery.Now, ct))
                        .Where(m => AudienceReach.Admits(audiences, m.Value.Entity)).ToDictionary());
            });
    }
}
