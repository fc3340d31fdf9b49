using BrandContent.Access;
using BrandContent.Assets;
using BrandContent.Auditing;
using BrandContent.Brands;
using BrandContent.Campaigns;
using BrandContent.Changes;
using BrandContent.Channels;
using BrandContent.Clarifications;
using BrandContent.Events;
using BrandContent.Keywords;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Messages;
using BrandContent.PersistedQueries;
using BrandContent.Pillars;
using BrandContent.Posts;
using BrandContent.Publishing;
using BrandContent.Schedule;
using BrandContent.Stories;
using BrandContent.Translation;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Storage;

public sealed class BrandContentDb(DbContextOptions<BrandContentDb> options) : DbContext(options)
{
    public DbSet<Locale> Locales => Set<Locale>();

    public DbSet<Market> Markets => Set<Market>();

    public DbSet<Audience> Audiences => Set<Audience>();

    public DbSet<Brand> Brands => Set<Brand>();

    public DbSet<BrandVariant> BrandVariants => Set<BrandVariant>();

    public DbSet<Pillar> Pillars => Set<Pillar>();

    public DbSet<PillarVariant> PillarVariants => Set<PillarVariant>();

    public DbSet<KeyMessage> KeyMessages => Set<KeyMessage>();

    public DbSet<KeyMessageVariant> KeyMessageVariants => Set<KeyMessageVariant>();

    public DbSet<Story> Stories => Set<Story>();

    public DbSet<StoryPillar> StoryPillars => Set<StoryPillar>();

    public DbSet<StoryVariant> StoryVariants => Set<StoryVariant>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<AssetVariant> AssetVariants => Set<AssetVariant>();

    public DbSet<AssetPillar> AssetPillars => Set<AssetPillar>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventVariant> EventVariants => Set<EventVariant>();

    public DbSet<ChannelPost> ChannelPosts => Set<ChannelPost>();

    public DbSet<ChannelPostVariant> ChannelPostVariants => Set<ChannelPostVariant>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<VariantRevision> VariantRevisions => Set<VariantRevision>();

    public DbSet<ScheduledChange> ScheduledChanges => Set<ScheduledChange>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PersistedQuery> PersistedQueries => Set<PersistedQuery>();

    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    public DbSet<PostSlot> PostSlots => Set<PostSlot>();

    public DbSet<Distribution> Distributions => Set<Distribution>();

    public DbSet<KeywordSet> KeywordSets => Set<KeywordSet>();

    public DbSet<KeywordSetVariant> KeywordSetVariants => Set<KeywordSetVariant>();
    public DbSet<Sync.ContentChange> ContentChanges => Set<Sync.ContentChange>();

    public DbSet<Studio.StudioSession> StudioSessions => Set<Studio.StudioSession>();

    public DbSet<Clarification> Clarifications => Set<Clarification>();

    public DbSet<ClarificationVariant> ClarificationVariants => Set<ClarificationVariant>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentMention> IncidentMentions => Set<IncidentMention>();

    public DbSet<Monitoring.Mention> Mentions => Set<Monitoring.Mention>();

    public DbSet<Kpis.KpiDefinition> KpiDefinitions => Set<Kpis.KpiDefinition>();

    public DbSet<Plans.Plan> Plans => Set<Plans.Plan>();

    public DbSet<Plans.PlanTask> PlanTasks => Set<Plans.PlanTask>();

    public DbSet<Plans.PlanTaskProgress> PlanTaskProgress => Set<Plans.PlanTaskProgress>();

    public DbSet<Plans.PlanTaskEvidence> PlanTaskEvidence => Set<Plans.PlanTaskEvidence>();

    public DbSet<Plans.ReportingDuty> ReportingDuties => Set<Plans.ReportingDuty>();

    public DbSet<Plans.ReportSubmission> ReportSubmissions => Set<Plans.ReportSubmission>();
    public DbSet<Partners.Partner> Partners => Set<Partners.Partner>();

    public DbSet<Partners.Agreement> Agreements => Set<Partners.Agreement>();

    public DbSet<Partners.PartnerActivityDay> PartnerActivityDays => Set<Partners.PartnerActivityDay>();

    /// <summary>What this unit of work announced to the other servers (<see cref="ChangeAnnouncements"/>), for the writing server itself.</summary>
    public List<ChangeNotice> Announced { get; } = [];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("hstore");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BrandContentDb).Assembly);
    }
}
