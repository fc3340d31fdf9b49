using BrandContent.Access;
using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Api.Access;

/// <summary>What each field needs, in one table. A root field missing here is refused to everyone (default deny).</summary>
public static class AccessPolicy
{
    /// <summary>The permission a field needs and, for mutations taking an entity id, the kind of that entity.</summary>
    public sealed record Rule(Permission Permission, ContentKind? Targets = null);

    private static readonly Dictionary<(string Type, string Field), Rule> Rules = new Dictionary<(string Type, string Field), Rule>
    {
        [("Query", "locales")] = new(Permission.Deliver),
        [("Query", "markets")] = new(Permission.Deliver),
        [("Query", "market")] = new(Permission.Deliver),
        [("Query", "audiences")] = new(Permission.Deliver),
        [("Query", "brands")] = new(Permission.Deliver),
        [("Query", "brand")] = new(Permission.Deliver),
        [("Query", "pillars")] = new(Permission.Deliver),
        [("Query", "stories")] = new(Permission.Deliver),
        [("Query", "story")] = new(Permission.Deliver),
        [("Query", "events")] = new(Permission.Deliver),
        [("Query", "keyMessages")] = new(Permission.ReadMessaging),
        [("Query", "variants")] = new(Permission.ReadWork),
        [("Query", "variantHistory")] = new(Permission.ReadWork),
        [("Query", "translationStatus")] = new(Permission.ReadWork),
        [("Query", "translationQueue")] = new(Permission.ReadWork),
        [("Query", "glossary")] = new(Permission.ReadWork),
        [("Query", "xliffExport")] = new(Permission.ReadWork),
        [("Query", "auditLog")] = new(Permission.Audit),
        [("Query", "apiKeys")] = new(Permission.ManageKeys),
        [("Query", "persistedQueries")] = new(Permission.EditContent),

        // Channel posts and campaigns are approved messaging for schedulers and partners, not public content: a post is
        // published before its slot, and goes out on the channel, not to every reader of the API.
        [("Query", "channelPosts")] = new(Permission.ReadMessaging),
        [("Query", "channelPost")] = new(Permission.ReadMessaging, ContentKind.ChannelPost),
        [("Query", "campaigns")] = new(Permission.ReadMessaging),
        [("Query", "campaign")] = new(Permission.ReadMessaging),

        [("Mutation", "upsertVariant")] = new(Permission.WriteVariants),
        [("Mutation", "restoreRevision")] = new(Permission.WriteVariants),
        [("Mutation", "confirmTranslation")] = new(Permission.WriteVariants),
        [("Mutation", "submitForReview")] = new(Permission.WriteVariants),
        [("Mutation", "importXliff")] = new(Permission.WriteVariants),
        [("Mutation", "approve")] = new(Permission.Review),
        [("Mutation", "requestChanges")] = new(Permission.Review),
        [("Mutation", "publish")] = new(Permission.Review),
        [("Mutation", "unpublish")] = new(Permission.Review),
        [("Mutation", "upsertGlossaryTerm")] = new(Permission.EditContent),
        [("Mutation", "archive")] = new(Permission.EditContent),
        [("Mutation", "createLocale")] = new(Permission.ManageReferenceData),
        [("Mutation", "updateLocale")] = new(Permission.ManageReferenceData),
        [("Mutation", "archiveLocale")] = new(Permission.ManageReferenceData),
        [("Mutation", "createMarket")] = new(Permission.ManageReferenceData),
        [("Mutation", "updateMarket")] = new(Permission.ManageReferenceData),
        [("Mutation", "archiveMarket")] = new(Permission.ManageReferenceData),
        [("Mutation", "createApiKey")] = new(Permission.ManageKeys),
        [("Mutation", "revokeApiKey")] = new(Permission.ManageKeys),
        [("Mutation", "registerPersistedQuery")] = new(Permission.EditContent),
        [("Query", "channels")] = new(Permission.Deliver),
        [("Query", "channel")] = new(Permission.Deliver),
        [("Mutation", "createChannel")] = new(Permission.ManageReferenceData),
        [("Mutation", "updateChannel")] = new(Permission.ManageReferenceData),
        [("Mutation", "archiveChannel")] = new(Permission.ManageReferenceData),
        [("Query", "webhooks")] = new(Permission.ManageWebhooks),
        [("Query", "webhookDeliveries")] = new(Permission.ManageWebhooks),
        [("Mutation", "createWebhook")] = new(Permission.ManageWebhooks),
        [("Mutation", "updateWebhook")] = new(Permission.ManageWebhooks),
        [("Mutation", "deleteWebhook")] = new(Permission.ManageWebhooks),
        [("Mutation", "rotateWebhookSecret")] = new(Permission.ManageWebhooks),
        [("Mutation", "pingWebhook")] = new(Permission.ManageWebhooks),
        [("Mutation", "redeliverWebhook")] = new(Permission.ManageWebhooks),
        [("Mutation", "createCampaign")] = new(Permission.EditContent),
        [("Mutation", "updateCampaign")] = new(Permission.EditContent),
        [("Mutation", "archiveCampaign")] = new(Permission.EditContent),
        [("Query", "socialSchedule")] = new(Permission.ReadSchedule),
        [("Query", "distributionLog")] = new(Permission.ReadSchedule),
        [("Mutation", "schedulePost")] = new(Permission.EditContent),
        [("Mutation", "markPosted")] = new(Permission.Distribute),
        [("Query", "sync")] = new(Permission.Deliver),

        // Search finds what delivery serves; key messages only for callers who may read them (SearchQueries).
        [("Query", "search")] = new(Permission.Deliver),

        // What the scheduler will publish or take down: working copies' labels, for the studio's overview.
        [("Query", "upcomingChanges")] = new(Permission.ReadWork),
        [("Query", "translationOverview")] = new(Permission.ReadWork),

        // Public types that also carry partner or internal fields.
        [("Brand", "toneOfVoice")] = new(Permission.ReadMessaging),
        [("Brand", "usageRules")] = new(Permission.ReadMessaging),
        [("Brand", "colors")] = new(Permission.ReadMessaging),
        [("Brand", "typography")] = new(Permission.ReadMessaging),
        [("Brand", "logos")] = new(Permission.ReadMessaging),
        [("Asset", "rightsExpireAt")] = new(Permission.ReadMessaging),
        [("ChannelPost", "slots")] = new(Permission.ReadSchedule),

        // Keyword sets are communicators' planning material (which words a campaign targets), like key messages: partners
        // and above. The words themselves reach the public only as published stories' SEO keywords and posts' hashtags.
        [("Query", "keywordSets")] = new(Permission.ReadMessaging),
        // The asset bank: what delivery serves publicly; an asset by id is checked against a brand-scoped key's brands.
        [("Query", "assets")] = new(Permission.Deliver),
        [("Query", "asset")] = new(Permission.Deliver, ContentKind.Asset),
        [("Query", "translationWorkspace")] = new(Permission.ReadWork),
        // The studio's review screens: what waits for review, and the live copy a working copy would replace.
        [("Query", "reviewQueue")] = new(Permission.ReadWork),
        [("Query", "liveVariant")] = new(Permission.ReadWork),

        // Media monitoring and KPIs: editors, reviewers and administrators read and write them (the plan owner's follow-up).
        [("Query", "mentions")] = new(Permission.Monitor),
        [("Mutation", "recordMention")] = new(Permission.Monitor),
        [("Mutation", "importMentions")] = new(Permission.Monitor),
        [("Query", "kpis")] = new(Permission.Monitor),
        [("Query", "kpiDefinitions")] = new(Permission.Monitor),
        [("Mutation", "defineKpi")] = new(Permission.Monitor),
        [("Mutation", "updateKpi")] = new(Permission.Monitor),
        [("Mutation", "removeKpi")] = new(Permission.Monitor),
        // Clarifications are delivery (partners and websites read the published ones, the key's brands and markets applied);
        // the fast track skips review, so only those who may review use it. Incidents are monitoring: its readers and writers.
        [("Query", "clarifications")] = new(Permission.Deliver),
        [("Mutation", "publishClarificationNow")] = new(Permission.Review, ContentKind.Clarification),
        [("Query", "incidents")] = new(Permission.Monitor),
        [("Mutation", "createIncident")] = new(Permission.Monitor),
        [("Mutation", "updateIncident")] = new(Permission.Monitor),
        // Plan follow-up: the yearly report, for editors and up (not translators, partners or the public).
        [("Query", "yearlyReport")] = new(Permission.Monitor),
        // Plans, tasks and reporting: read by editors, reviewers and administrators, written by editors (the brand's own
        // working material, not content for partners or translators).
        [("Query", "plans")] = new(Permission.Monitor),
        [("Query", "plan")] = new(Permission.Monitor),
        [("Query", "tasks")] = new(Permission.Monitor),
        [("Query", "reportingStatus")] = new(Permission.Monitor),
        [("Mutation", "createPlan")] = new(Permission.EditContent),
        [("Mutation", "updatePlan")] = new(Permission.EditContent),
        [("Mutation", "createTask")] = new(Permission.EditContent),
        [("Mutation", "updateTask")] = new(Permission.EditContent),
        [("Mutation", "addTaskProgress")] = new(Permission.EditContent),
        [("Mutation", "linkTaskEvidence")] = new(Permission.EditContent),
        [("Mutation", "unlinkTaskEvidence")] = new(Permission.EditContent),
        [("Mutation", "createReportingDuty")] = new(Permission.EditContent),
        [("Mutation", "recordReport")] = new(Permission.EditContent),
        // Partners and agreements (Partners/): administrators manage them; a partner key reads its own record only.
        [("Query", "partners")] = new(Permission.ManagePartners),
        [("Query", "partner")] = new(Permission.ReadOwnPartner),
        [("Query", "myPartner")] = new(Permission.ReadOwnPartner),
        [("Partner", "contacts")] = new(Permission.ManagePartners),
        [("Partner", "notes")] = new(Permission.ManagePartners),
        [("Mutation", "createPartner")] = new(Permission.ManagePartners),
        [("Mutation", "updatePartner")] = new(Permission.ManagePartners),
        [("Mutation", "createAgreement")] = new(Permission.ManagePartners),
        [("Mutation", "endAgreement")] = new(Permission.ManagePartners),
        [("Mutation", "suspendAgreement")] = new(Permission.ManagePartners),
        [("Mutation", "resumeAgreement")] = new(Permission.ManagePartners),
        [("Mutation", "issuePartnerKey")] = new(Permission.ManagePartners),

        // What was sent to whom (Partners/PartnerActivity*): a partner key reads its own activity; who follows the plan up
        // (Monitor: editors, reviewers, administrators) sees which partners are behind on a brand's messaging.
        [("Query", "partnerActivity")] = new(Permission.ReadOwnPartner),
        [("Query", "partnersBehindOnMessaging")] = new(Permission.Monitor),
    }
    .Concat(KindMutations())
    .ToDictionary();

    /// <summary>Every kind's create and update mutation, from its descriptor; an update is checked against the entity's brand.</summary>
    private static IEnumerable<KeyValuePair<(string Type, string Field), Rule>> KindMutations() =>
        LocalizedKinds.All.SelectMany(kind => new[]
        {
            KeyValuePair.Create(("Mutation", kind.CreateMutation), new Rule(kind.CreatePermission)),
            KeyValuePair.Create(("Mutation", kind.UpdateMutation), new Rule(Permission.EditContent, kind.Kind)),
        });

    public static bool IsRoot(string type) => type is "Query" or "Mutation";

    public static Rule? For(string type, string field) => Rules.GetValueOrDefault((type, field));

    public static IEnumerable<(string Type, string Field)> Fields => Rules.Keys;
}
