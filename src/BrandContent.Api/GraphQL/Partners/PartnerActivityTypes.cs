using BrandContent.Api.GraphQL.Input;
using BrandContent.Localization;
using BrandContent.Partners;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Partners;

public sealed class PartnerActivityKindType : EnumerationGraphType<PartnerActivityKind>
{
    public PartnerActivityKindType()
    {
        Name = "PartnerActivityKind";
        Description = "What a partner key took away: KEY_MESSAGES (read keyMessages), KIT (the brand kit zip), TOKENS (the design tokens alone).";
    }
}

public sealed class PartnerActivityDayType : ObjectGraphType<PartnerActivityRow>
{
    public PartnerActivityDayType()
    {
        Name = "PartnerActivityDay";
        Description = "How often the partner took one kind of a brand's messaging on one UTC day, under one agreement.";
        Field<NonNullGraphType<DateOnlyGraphType>>("day").Description("The UTC day.").Resolve(ctx => ctx.Source.Day.Day);
        Field<NonNullGraphType<StringGraphType>>("brand").Description("Brand slug.").Resolve(ctx => ctx.Source.Brand);
        Field<NonNullGraphType<PartnerActivityKindType>>("kind").Resolve(ctx => ctx.Source.Day.Kind);
        Field<NonNullGraphType<UuidGraphType>>("agreementId").Resolve(ctx => ctx.Source.Day.AgreementId);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Day.Count);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("firstAt").Resolve(ctx => ctx.Source.Day.FirstAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastAt").Resolve(ctx => ctx.Source.Day.LastAt);
        Field<NonNullGraphType<StringGraphType>>("lastVersion")
            .Description("The version served last that day: the brand's messaging version, or the kit's.").Resolve(ctx => ctx.Source.Day.LastVersion);
    }
}

public sealed class PartnerActivityTotalType : ObjectGraphType<PartnerActivityTotal>
{
    public PartnerActivityTotalType()
    {
        Name = "PartnerActivityTotal";
        Description = "The counts of one brand and kind over the days asked for.";
        Field<NonNullGraphType<StringGraphType>>("brand").Description("Brand slug.").Resolve(ctx => ctx.Source.Brand);
        Field<NonNullGraphType<PartnerActivityKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastAt").Resolve(ctx => ctx.Source.LastAt);
        Field<NonNullGraphType<StringGraphType>>("lastVersion").Resolve(ctx => ctx.Source.LastVersion);
    }
}

public sealed class PartnerActivityType : ObjectGraphType<PartnerActivityReport>
{
    public PartnerActivityType()
    {
        Name = "PartnerActivity";
        Description = "What a partner took away over some UTC days (counts are flushed every BrandContent:PartnerActivity:FlushSeconds).";
        Field<NonNullGraphType<UuidGraphType>>("partnerId").Resolve(ctx => ctx.Source.PartnerId);
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(ctx => ctx.Source.Days.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(ctx => ctx.Source.Days.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerActivityDayType>>>>("days")
            .Description("Per day, brand, kind and agreement; oldest first.").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerActivityTotalType>>>>("totals")
            .Description("Per brand and kind.").Resolve(ctx => ctx.Source.Totals);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Every count of the days asked for.").Resolve(ctx => ctx.Source.Total);
    }
}

public sealed class PartnerBehindType : ObjectGraphType<PartnerBehind>
{
    public PartnerBehindType()
    {
        Name = "PartnerBehind";
        Description = "A partner in force for the brand that has not fetched its messaging since it last changed.";
        Field<NonNullGraphType<UuidGraphType>>("partnerId").Resolve(ctx => ctx.Source.Partner.Id);
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The name in `locale`, else in English or Vietnamese, else any.")
            .Argument<StringGraphType>("locale")
            .Resolve(ctx => ctx.Source.Partner.Names.NameIn(ctx.GetArgument<string?>("locale") is { } locale && LocaleTag.TryNormalize(locale, out var tag) ? [tag!] : []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UuidGraphType>>>>("agreementIds")
            .Description("Its agreements in force for the brand.").Resolve(ctx => ctx.Source.AgreementIds);
        Field<DateTimeOffsetGraphType>("lastFetchAt").Description("Its last KEY_MESSAGES or KIT fetch of the brand; null: never.").Resolve(ctx => ctx.Source.LastFetchAt);
        Field<StringGraphType>("lastVersion").Description("The version it fetched then.").Resolve(ctx => ctx.Source.LastVersion);
        Field<PartnerActivityKindType>("lastKind").Resolve(ctx => ctx.Source.LastKind);
    }
}

public sealed class MessagingFollowUpType : ObjectGraphType<MessagingFollowUp>
{
    public MessagingFollowUpType()
    {
        Name = "MessagingFollowUp";
        Description = "A brand's messaging version and when it last changed, and the partners behind on it.";
        Field<NonNullGraphType<StringGraphType>>("brand").Description("Brand slug.").Resolve(ctx => ctx.Source.Brand);
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("The brand's messaging version now (changes when a key message is published, unpublished or archived).").Resolve(ctx => ctx.Source.Messaging.Version);
        Field<DateTimeOffsetGraphType>("changedAt").Description("When the messaging last changed; null: never.").Resolve(ctx => ctx.Source.Messaging.ChangedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerBehindType>>>>("partners")
            .Description("Never fetched first, then longest behind.").Resolve(ctx => ctx.Source.Partners);
    }
}
