using BrandContent.Api.GraphQL.Translation;
using BrandContent.Reports;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Reports;

public sealed class YearlyReportType : ObjectGraphType<YearlyReport>
{
    public YearlyReportType()
    {
        Name = "YearlyReport";
        Description = "A brand's year as its plan owner reports it; GET /reports/{brand}/{year}.docx and .md render the same data.";
        Field<NonNullGraphType<StringGraphType>>("brand").Description("Brand slug.").Resolve(ctx => ctx.Source.Brand.Slug);
        Field<NonNullGraphType<StringGraphType>>("brandName").Description("The brand's name in the report's locale.").Resolve(ctx => ctx.Source.Brand.Name);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Period.Year);
        Field(r => r.Locale).Description("The report's language: vi (default) or en.");
        Field<NonNullGraphType<DateOnlyGraphType>>("firstDay").Description("1 January, a Việt Nam calendar date.").Resolve(ctx => ctx.Source.Period.FirstDay);
        Field<NonNullGraphType<DateOnlyGraphType>>("lastDay").Description("31 December.").Resolve(ctx => ctx.Source.Period.LastDay);
        Field(r => r.GeneratedAt).Description("When the report was made; translation coverage is as of then.");
        Field<NonNullGraphType<ReportPublishingType>>("publishing").Resolve(ctx => ctx.Source.Publishing);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportEventType>>>>("events")
            .Description("The brand's published events whose dates overlap the year, soonest first.")
            .Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportMarketCoverageType>>>>("translationCoverage")
            .Description("Every market the key reaches, counted as translationOverview counts it.")
            .Resolve(ctx => ctx.Source.TranslationCoverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportTaskType>>>>("tasks")
            .Description("Tasks of the brand's plans whose dates fall in the year.")
            .Resolve(ctx => ctx.Source.Tasks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportIndicatorType>>>>("kpis")
            .Description("The brand's indicators for the year with their targets and monthly series.")
            .Resolve(ctx => ctx.Source.Kpis.Results.Select(k => new ReportIndicator(k, k.Code == ctx.Source.Kpis.PositiveShareCode)).ToList());
        Field<NonNullGraphType<ReportIncidentsType>>("incidents").Description("Incidents detected in the year and their response times.").Resolve(ctx => ctx.Source.Incidents);
        Field<NonNullGraphType<ReportPartnersReachedType>>("partnersReached")
            .Description("Partners with activity for the brand in the year (UTC days), in all and per market their agreement covers.")
            .Resolve(ctx => ctx.Source.PartnersReached);
    }
}

public sealed class ReportPublishingType : ObjectGraphType<ReportPublishing>
{
    public ReportPublishingType()
    {
        Name = "ReportPublishing";
        Description = "Content that went live in the year (a variant counts in the year of its publishAt).";
        Field(p => p.Items).Description("Entities of every kind with at least one variant that went live in the year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedOfKindType>>>>("byKind").Resolve(ctx => ctx.Source.ByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedOfPillarType>>>>("byPillar").Resolve(ctx => ctx.Source.ByPillar);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedInMarketType>>>>("byMarket").Resolve(ctx => ctx.Source.ByMarket);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublishedOnChannelType>>>>("byChannel")
            .Description("Channels with posts that went live or sends reported in the year.")
            .Resolve(ctx => ctx.Source.ByChannel);
    }
}

public sealed class PublishedOfKindType : ObjectGraphType<PublishedOfKind>
{
    public PublishedOfKindType()
    {
        Name = "PublishedOfKind";
        Field(k => k.Kind);
        Field(k => k.Items);
    }
}

public sealed class PublishedOfPillarType : ObjectGraphType<PublishedOfPillar>
{
    public PublishedOfPillarType()
    {
        Name = "PublishedOfPillar";
        Field(p => p.Key);
        Field(p => p.Name);
        Field(p => p.Stories);
        Field(p => p.Posts).Description("Channel posts.");
        Field(p => p.Assets);
        Field(p => p.Total);
    }
}

public sealed class PublishedInMarketType : ObjectGraphType<PublishedInMarket>
{
    public PublishedInMarketType()
    {
        Name = "PublishedInMarket";
        Field(m => m.Market).Description("Market code.");
        Field(m => m.Name);
        Field(m => m.Locale).Description("The market's first locale.");
        Field(m => m.Items).Description("Entities that went live in the market's first locale in the year.");
        Field(m => m.Posts).Description("Channel posts for the market that went live in the year.");
        Field(m => m.Sent).Description("Sends to the market schedulers reported in the year (distribution log).");
    }
}

public sealed class PublishedOnChannelType : ObjectGraphType<PublishedOnChannel>
{
    public PublishedOnChannelType()
    {
        Name = "PublishedOnChannel";
        Field(c => c.Channel).Description("Channel code.");
        Field(c => c.Name);
        Field(c => c.Posts).Description("Channel posts for the channel that went live in the year.");
        Field(c => c.Sent).Description("Sends on the channel schedulers reported in the year.");
    }
}

public sealed class EventProgressType : EnumerationGraphType<EventProgress>
{
    public EventProgressType()
    {
        Name = "EventProgress";
        Description = "HELD (ended), ONGOING or UPCOMING, judged on today's date in Việt Nam.";
    }
}

public sealed class ReportEventType : ObjectGraphType<ReportEvent>
{
    public ReportEventType()
    {
        Name = "ReportEvent";
        Field(e => e.Id, type: typeof(NonNullGraphType<Input.UuidGraphType>));
        Field(e => e.Name);
        Field(e => e.StartsOn);
        Field(e => e.EndsOn);
        Field(e => e.Place);
        Field(e => e.Progress);
    }
}

public sealed class ReportMarketCoverageType : ObjectGraphType<ReportMarketCoverage>
{
    public ReportMarketCoverageType()
    {
        Name = "ReportMarketCoverage";
        Field<NonNullGraphType<StringGraphType>>("market").Resolve(ctx => ctx.Source.Counts.Market);
        Field(c => c.Name).Description("The market's name in the report's locale.");
        Field(c => c.ServedInLocalePercent, nullable: true).Description("Percent of the brand's items served in the market's first locale (one decimal).");
        Field<NonNullGraphType<MarketTranslationCoverageType>>("counts").Description("The same numbers as translationOverview.").Resolve(ctx => ctx.Source.Counts);
    }
}

public sealed class ReportPartnersReachedType : ObjectGraphType<BrandContent.Partners.ReportPartnersReached>
{
    public ReportPartnersReachedType()
    {
        Name = "ReportPartnersReached";
        Description = "A partner is reached in the year when it has activity for the brand then (partnerActivity); per market: its agreement covers the market.";
        Field(p => p.Partners).Description("Partners reached, each once.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnersReachedInMarketType>>>>("byMarket").Resolve(ctx => ctx.Source.ByMarket);
    }
}

public sealed class PartnersReachedInMarketType : ObjectGraphType<BrandContent.Partners.PartnersReachedInMarket>
{
    public PartnersReachedInMarketType()
    {
        Name = "PartnersReachedInMarket";
        Field(p => p.Market);
        Field(p => p.Name).Description("The market's name in the report's locale.");
        Field(p => p.Partners);
    }
}
