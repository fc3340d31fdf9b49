using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Assets;
using BrandContent.Api.GraphQL.Auditing;
using BrandContent.Api.GraphQL.Brands;
using BrandContent.Api.GraphQL.Campaigns;
using BrandContent.Api.GraphQL.Channels;
using BrandContent.Api.GraphQL.Clarifications;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Events;
using BrandContent.Api.GraphQL.Keywords;
using BrandContent.Api.GraphQL.Markets;
using BrandContent.Api.GraphQL.Messages;
using BrandContent.Api.GraphQL.Monitoring;
using BrandContent.Api.GraphQL.Partners;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Api.GraphQL.Plans;
using BrandContent.Api.GraphQL.Posts;
using BrandContent.Api.GraphQL.Publishing;
using BrandContent.Api.GraphQL.Reports;
using BrandContent.Api.GraphQL.Review;
using BrandContent.Api.GraphQL.Schedule;
using BrandContent.Api.GraphQL.Search;
using BrandContent.Api.GraphQL.Stories;
using BrandContent.Api.GraphQL.Sync;
using BrandContent.Api.GraphQL.Translation;
using BrandContent.Api.GraphQL.Webhooks;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL;

/// <summary>The read side of the API; each feature adds its own root fields.</summary>
public sealed class DeliveryQuery : ObjectGraphType
{
    public DeliveryQuery()
    {
        Name = "Query";
        this.AddMarketQueries();
        this.AddBrandQueries();
        this.AddPillarQueries();
        this.AddKeyMessageQueries();
        this.AddStoryQueries();
        this.AddEventQueries();
        this.AddEditingQueries();
        this.AddTranslationQueries();
        this.AddGlossaryQueries();
        this.AddXliffQueries();
        this.AddAuditQueries();
        this.AddApiKeyQueries();
        this.AddPersistedQueryQueries();
        this.AddChannelQueries();
        this.AddWebhookQueries();
        this.AddChannelPostQueries();
        this.AddCampaignQueries();
        this.AddScheduleQueries();
        this.AddKeywordSetQueries();
        this.AddAssetQueries();
        this.AddSyncQueries();
        this.AddSearchQueries();
        this.AddUpcomingChangeQueries();
        this.AddTranslationOverviewQueries();
        this.AddTranslationWorkspaceQuery();
        this.AddReviewQueries();
        this.AddMentionQueries();
        this.AddKpiQueries();
        this.AddClarificationQueries();
        this.AddIncidentQueries();
        this.AddYearlyReportQueries();
        this.AddPlanQueries();
        this.AddPartnerQueries();
        this.AddPartnerActivityQueries();
    }
}
