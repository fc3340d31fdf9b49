using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Campaigns;
using BrandContent.Api.GraphQL.Channels;
using BrandContent.Api.GraphQL.Clarifications;
using BrandContent.Api.GraphQL.Content;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Markets;
using BrandContent.Api.GraphQL.Monitoring;
using BrandContent.Api.GraphQL.Partners;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Api.GraphQL.Plans;
using BrandContent.Api.GraphQL.Schedule;
using BrandContent.Api.GraphQL.Translation;
using BrandContent.Api.GraphQL.Webhooks;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL;

/// <summary>The write side: editors, translators and reviewers; each feature adds its own mutations.</summary>
public sealed class EditingMutation : ObjectGraphType
{
    public EditingMutation()
    {
        Name = "Mutation";
        this.AddVariantMutations();
        this.AddWorkflowMutations();
        this.AddGlossaryMutations();
        this.AddXliffMutations();
        this.AddContentMutations();
        this.AddMarketMutations();
        this.AddApiKeyMutations();
        this.AddPersistedQueryMutations();
        this.AddChannelMutations();
        this.AddWebhookMutations();
        this.AddCampaignMutations();
        this.AddScheduleMutations();
        this.AddMentionMutations();
        this.AddKpiMutations();
        this.AddClarificationMutations();
        this.AddIncidentMutations();
        this.AddPlanMutations();
        this.AddPartnerMutations();
    }
}
