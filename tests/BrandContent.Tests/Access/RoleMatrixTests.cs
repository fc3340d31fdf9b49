using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Access;

/// <summary>Every role × every query and mutation: FORBIDDEN exactly where the role's description says so.</summary>
public sealed class RoleMatrixTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Missing = "00000000-0000-0000-0000-000000000001";
    private static readonly string[] Everyone = ["PUBLIC", "PARTNER", "TRANSLATOR", "EDITOR", "REVIEWER", "ADMIN", "SCHEDULER"];
    private static readonly string[] Messaging = ["PARTNER", "TRANSLATOR", "EDITOR", "REVIEWER", "ADMIN"];
    private static readonly string[] Workers = ["TRANSLATOR", "EDITOR", "REVIEWER", "ADMIN"];
    private static readonly string[] Writers = ["TRANSLATOR", "EDITOR", "ADMIN"];
    private static readonly string[] Editors = ["EDITOR", "ADMIN"];
    private static readonly string[] Reviewers = ["REVIEWER", "ADMIN"];
    private static readonly string[] Admins = ["ADMIN"];
    private static readonly string[] ScheduleReaders = ["EDITOR", "REVIEWER", "ADMIN", "SCHEDULER"];
    private static readonly string[] Distributors = ["EDITOR", "ADMIN", "SCHEDULER"];
    private static readonly string[] Monitors = ["EDITOR", "REVIEWER", "ADMIN"];
    private static readonly string[] PartnerReaders = ["PARTNER", "ADMIN"];

    /// <summary>One harmless call per root field (unknown ids, invalid input): allowed roles get anything but FORBIDDEN.</summary>
    public static readonly Dictionary<string, (string Operation, string[] Allowed)> Samples = new()
    {
        ["locales"] = ("{ locales { tag } }", Everyone),
        ["markets"] = ("{ markets { code } }", Everyone),
        ["market"] = ("{ market(code: \"KR\") { code } }", Everyone),
        ["audiences"] = ("{ audiences { code } }", Everyone),
        ["brands"] = ("{ brands { slug } }", Everyone),
        ["brand"] = ("{ brand(slug: \"gia-lai\") { slug name } }", Everyone),
        ["pillars"] = ("{ pillars(brand: \"gia-lai\") { key } }", Everyone),
        ["stories"] = ("{ stories(brand: \"gia-lai\", first: 1) { totalCount } }", Everyone),
        ["story"] = ("{ story(brand: \"gia-lai\", slug: \"none\") { title } }", Everyone),
        ["events"] = ("{ events(brand: \"gia-lai\") { name } }", Everyone),
        ["keyMessages"] = ("{ keyMessages(brand: \"gia-lai\") { headline } }", Messaging),
        ["variants"] = ($"{{ variants(kind: STORY, id: \"{Missing}\") {{ locale }} }}", Workers),
        ["variantHistory"] = ($"{{ variantHistory(kind: STORY, id: \"{Missing}\", locale: \"vi\") {{ revision }} }}", Workers),
        ["translationStatus"] = ("{ translationStatus(brand: \"tan-minh\", locale: \"ko\") { locales } }", Workers),
        ["translationQueue"] = ("{ translationQueue(locale: \"ko\", brand: \"tan-minh\", first: 1) { entityId } }", Workers),
        ["glossary"] = ("{ glossary(brand: \"gia-lai\") { term } }", Workers),
        ["xliffExport"] = ("{ xliffExport(locale: \"ko\", brand: \"tan-minh\") { unitCount } }", Workers),
        ["auditLog"] = ("{ auditLog(first: 1) { id } }", Admins),
        ["apiKeys"] = ("{ apiKeys { id } }", Admins),
        ["upsertVariant"] = ($"mutation {{ upsertVariant(kind: STORY, id: \"{Missing}\", locale: \"ko\", fields: []) {{ revision }} }}", Writers),
        ["restoreRevision"] = ($"mutation {{ restoreRevision(kind: STORY, id: \"{Missing}\", locale: \"ko\", revision: 1, expectedRevision: 1) {{ revision }} }}", Writers),
        ["confirmTranslation"] = ($"mutation {{ confirmTranslation(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ revision }} }}", Writers),
        ["submitForReview"] = ($"mutation {{ submitForReview(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ variant {{ revision }} }} }}", Writers),
        ["importXliff"] = ("mutation { importXliff(content: \"<x/>\") { locale } }", Writers),
        ["approve"] = ($"mutation {{ approve(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ revision }} }}", Reviewers),
        ["requestChanges"] = ($"mutation {{ requestChanges(kind: STORY, id: \"{Missing}\", locale: \"ko\", comment: \"x\") {{ revision }} }}", Reviewers),
        ["publish"] = ($"mutation {{ publish(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ revision }} }}", Reviewers),
        ["unpublish"] = ($"mutation {{ unpublish(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ revision }} }}", Reviewers),
        ["upsertGlossaryTerm"] = ("mutation { upsertGlossaryTerm(brand: \"gia-lai\", term: \" \") { term } }", Editors),
        ["archive"] = ($"mutation {{ archive(kind: STORY, id: \"{Missing}\") {{ id }} }}", Editors),
        ["updateBrand"] = ($"mutation {{ updateBrand(id: \"{Missing}\", input: {{ slug: \"x\", level: PROVINCE, sourceLocale: \"vi\" }}) {{ id }} }}", Editors),
        ["createPillar"] = ("mutation { createPillar(brand: \"gia-lai\", input: { key: \"Not A Key\", position: 1 }) { id } }", Editors),
        ["updatePillar"] = ($"mutation {{ updatePillar(id: \"{Missing}\", input: {{ key: \"x\", position: 1 }}) {{ id }} }}", Editors),
        ["createKeyMessage"] = ("mutation { createKeyMessage(brand: \"gia-lai\", input: { priority: 0 }) { id } }", Editors),
        ["updateKeyMessage"] = ($"mutation {{ updateKeyMessage(id: \"{Missing}\", input: {{ priority: 1 }}) {{ id }} }}", Editors),
        ["createStory"] = ("mutation { createStory(brand: \"gia-lai\", input: { date: \"2026-01-01\", pillars: [\"none\"] }) { id } }", Editors),
        ["updateStory"] = ($"mutation {{ updateStory(id: \"{Missing}\", input: {{ date: \"2026-01-01\" }}) {{ id }} }}", Editors),
        ["createAsset"] = ("mutation { createAsset(brand: \"gia-lai\", input: { kind: IMAGE, url: \"not a url\", mimeType: \"image/png\" }) { id } }", Editors),
        ["updateAsset"] = ($"mutation {{ updateAsset(id: \"{Missing}\", input: {{ kind: IMAGE, url: \"https://x.test/a.png\", mimeType: \"image/png\" }}) {{ id }} }}", Editors),
        ["createEvent"] = ("mutation { createEvent(brand: \"gia-lai\", input: { startsOn: \"2026-02-02\", endsOn: \"2026-01-01\", place: \"x\" }) { id } }", Editors),
        ["updateEvent"] = ($"mutation {{ updateEvent(id: \"{Missing}\", input: {{ startsOn: \"2026-01-01\", endsOn: \"2026-01-01\", place: \"x\" }}) {{ id }} }}", Editors),
        ["createBrand"] = ("mutation { createBrand(input: { slug: \"Not A Slug\", level: PROVINCE, sourceLocale: \"vi\" }) { id } }", Admins),
        ["createLocale"] = ("mutation { createLocale(input: { tag: \"not a tag\", name: \"x\", nativeName: \"x\" }) { tag } }", Admins),
        ["updateLocale"] = ("mutation { updateLocale(input: { tag: \"xx-unknown\", name: \"x\", nativeName: \"x\" }) { tag } }", Admins),
        ["archiveLocale"] = ("mutation { archiveLocale(tag: \"xx-unknown\") { tag } }", Admins),
        ["createMarket"] = ("mutation { createMarket(input: { code: \"!\", localeChain: [] }) { code } }", Admins),
        ["updateMarket"] = ("mutation { updateMarket(input: { code: \"ZZ\", localeChain: [\"en\"] }) { code } }", Admins),
        ["archiveMarket"] = ("mutation { archiveMarket(code: \"ZZ\") { code } }", Admins),
        ["createApiKey"] = ("mutation { createApiKey(input: { name: \" \", role: PUBLIC }) { token } }", Admins),
        ["revokeApiKey"] = ($"mutation {{ revokeApiKey(id: \"{Missing}\") {{ id }} }}", Admins),
        ["persistedQueries"] = ("{ persistedQueries { hash } }", Editors),
        ["registerPersistedQuery"] = ("mutation { registerPersistedQuery(query: \"{ nope }\") { hash } }", Editors),
        ["channels"] = ("{ channels { code } }", Everyone),
        ["channel"] = ("{ channel(code: \"facebook\") { code } }", Everyone),
        ["createChannel"] = ("mutation { createChannel(input: { code: \"!\", names: [], kind: SOCIAL }) { code } }", Admins),
        ["updateChannel"] = ("mutation { updateChannel(code: \"no-such-channel\", input: { names: [{ locale: \"en\", text: \"x\" }], kind: SOCIAL }) { code } }", Admins),
        ["archiveChannel"] = ("mutation { archiveChannel(code: \"no-such-channel\") { code } }", Admins),
        ["webhooks"] = ("{ webhooks { id } }", Admins),
        ["webhookDeliveries"] = ($"{{ webhookDeliveries(webhookId: \"{Missing}\") {{ totalCount }} }}", Admins),
        ["createWebhook"] = ("mutation { createWebhook(input: { url: \"javascript:alert(1)\", events: [] }) { secret } }", Admins),
        ["updateWebhook"] = ($"mutation {{ updateWebhook(id: \"{Missing}\", input: {{ url: \"https://x.test/\", events: [\"test.ping\"] }}) {{ id }} }}", Admins),
        ["deleteWebhook"] = ($"mutation {{ deleteWebhook(id: \"{Missing}\") }}", Admins),
        ["rotateWebhookSecret"] = ($"mutation {{ rotateWebhookSecret(id: \"{Missing}\") {{ secret }} }}", Admins),
        ["pingWebhook"] = ($"mutation {{ pingWebhook(id: \"{Missing}\") {{ id }} }}", Admins),
        ["redeliverWebhook"] = ($"mutation {{ redeliverWebhook(deliveryId: \"{Missing}\") {{ id }} }}", Admins),
        ["channelPosts"] = ("{ channelPosts(brand: \"gia-lai\", first: 1) { totalCount } }", Messaging),
        ["channelPost"] = ($"{{ channelPost(id: \"{Missing}\") {{ id }} }}", Messaging),
        ["createChannelPost"] = ("mutation { createChannelPost(brand: \"gia-lai\", input: { channels: [], markets: [] }) { id } }", Editors),
        ["updateChannelPost"] = ($"mutation {{ updateChannelPost(id: \"{Missing}\", input: {{ channels: [\"facebook\"], markets: [\"KR\"] }}) {{ id }} }}", Editors),
        ["campaigns"] = ("{ campaigns(brand: \"gia-lai\") { id } }", Messaging),
        ["campaign"] = ($"{{ campaign(id: \"{Missing}\") {{ id }} }}", Messaging),
        ["createCampaign"] = ("mutation { createCampaign(brand: \"gia-lai\", input: { names: [], startsOn: \"2026-02-02\", endsOn: \"2026-01-01\" }) { id } }", Editors),
        ["updateCampaign"] = ($"mutation {{ updateCampaign(id: \"{Missing}\", input: {{ names: [], startsOn: \"2026-01-01\", endsOn: \"2026-01-01\" }}) {{ id }} }}", Editors),
        ["archiveCampaign"] = ($"mutation {{ archiveCampaign(id: \"{Missing}\") {{ id }} }}", Editors),
        ["socialSchedule"] = ("{ socialSchedule(channel: \"facebook\", market: \"KR\", day: \"2027-01-01\") { from } }", ScheduleReaders),
        ["distributionLog"] = ("{ distributionLog(brand: \"gia-lai\", first: 1) { edges { cursor } } }", ScheduleReaders),
        ["schedulePost"] = ($"mutation {{ schedulePost(post: \"{Missing}\", slots: []) {{ id }} }}", Editors),
        ["markPosted"] = ($"mutation {{ markPosted(slotId: \"{Missing}\", externalId: \"x\", url: \"https://e.test\", postedAt: \"2026-01-01T00:00:00Z\") {{ id }} }}", Distributors),
        ["keywordSets"] = ("{ keywordSets(brand: \"gia-lai\") { keywords } }", Messaging),
        ["createKeywordSet"] = ("mutation { createKeywordSet(brand: \"gia-lai\", input: { markets: [\"NOWHERE\"] }) { id } }", Editors),
        ["updateKeywordSet"] = ($"mutation {{ updateKeywordSet(id: \"{Missing}\", input: {{ markets: [] }}) {{ id }} }}", Editors),
        ["assets"] = ("{ assets(brand: \"gia-lai\", first: 1) { totalCount } }", Everyone),
        ["asset"] = ($"{{ asset(id: \"{Missing}\") {{ id }} }}", Everyone),
        ["sync"] = ("{ sync(brand: \"gia-lai\", market: \"KR\", first: 1) { hasMore } }", Everyone),
        ["search"] = ("{ search(text: \"gong\", brand: \"gia-lai\", first: 1) { edges { kind } } }", Everyone),
        ["upcomingChanges"] = ("{ upcomingChanges(brand: \"gia-lai\") { dueAt } }", Workers),
        ["translationOverview"] = ("{ translationOverview(brand: \"gia-lai\") { markets { market } } }", Workers),
        ["translationWorkspace"] = ($"{{ translationWorkspace(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ locale }} }}", Workers),
        ["reviewQueue"] = ("{ reviewQueue(brand: \"gia-lai\", first: 1) { entityId } }", Workers),
        ["liveVariant"] = ($"{{ liveVariant(kind: STORY, id: \"{Missing}\", locale: \"ko\") {{ revision }} }}", Workers),
        ["mentions"] = ("{ mentions(brand: \"gia-lai\", first: 1) { totalCount } }", Monitors),
        ["recordMention"] = ("mutation { recordMention(brand: \"gia-lai\", input: { publishedAt: \"2026-01-01T00:00:00Z\", outlet: \"\", url: \"x\", market: \"KR\", language: \"ko\", sentiment: POSITIVE }) { id } }", Monitors),
        ["importMentions"] = ("mutation { importMentions(brand: \"gia-lai\", csv: \"date\") }", Monitors),
        ["kpis"] = ("{ kpis(brand: \"gia-lai\", year: 1999) { code } }", Monitors),
        ["kpiDefinitions"] = ("{ kpiDefinitions(brand: \"gia-lai\") { code } }", Monitors),
        ["defineKpi"] = ("mutation { defineKpi(brand: \"gia-lai\", input: { code: \"x\", fromYear: 1, measure: MENTIONS, targetKind: ABSOLUTE, targetValue: -1, names: [] }) { id } }", Monitors),
        ["updateKpi"] = ($"mutation {{ updateKpi(id: \"{Missing}\", input: {{ code: \"x\", fromYear: 1, measure: MENTIONS, targetKind: ABSOLUTE, targetValue: 1, names: [] }}) {{ id }} }}", Monitors),
        ["removeKpi"] = ($"mutation {{ removeKpi(id: \"{Missing}\") }}", Monitors),
        ["clarifications"] = ("{ clarifications(brand: \"gia-lai\", first: 1) { totalCount } }", Everyone),
        ["createClarification"] = ("mutation { createClarification(brand: \"gia-lai\", input: { severity: LOW, markets: [] }) { id } }", Editors),
        ["updateClarification"] = ($"mutation {{ updateClarification(id: \"{Missing}\", input: {{ severity: LOW, markets: [\"KR\"] }}) {{ id }} }}", Editors),
        ["publishClarificationNow"] = ($"mutation {{ publishClarificationNow(id: \"{Missing}\") {{ revision }} }}", Reviewers),
        ["incidents"] = ("{ incidents(brand: \"gia-lai\") { id } }", Monitors),
        ["createIncident"] = ("mutation { createIncident(brand: \"gia-lai\", input: { summary: \" \", severity: LOW, detectedAt: \"2026-01-01T00:00:00Z\" }) { id } }", Monitors),
        ["updateIncident"] = ($"mutation {{ updateIncident(id: \"{Missing}\", input: {{ summary: \"x\", severity: LOW, detectedAt: \"2026-01-01T00:00:00Z\" }}) {{ id }} }}", Monitors),
        ["yearlyReport"] = ("{ yearlyReport(brand: \"gia-lai\", year: 2026) { year } }", Monitors),
        ["plans"] = ("{ plans(brand: \"dong-nai\") { id } }", Monitors),
        ["plan"] = ($"{{ plan(id: \"{Missing}\") {{ id }} }}", Monitors),
        ["tasks"] = ($"{{ tasks(plan: \"{Missing}\") {{ id }} }}", Monitors),
        ["reportingStatus"] = ($"{{ reportingStatus(plan: \"{Missing}\", year: 2026) {{ lateUnits }} }}", Monitors),
        ["createPlan"] = ("mutation { createPlan(brand: \"gia-lai\", input: { titles: [] }) { id } }", Editors),
        ["updatePlan"] = ($"mutation {{ updatePlan(id: \"{Missing}\", input: {{ titles: [] }}) {{ id }} }}", Editors),
        ["createTask"] = ($"mutation {{ createTask(plan: \"{Missing}\", input: {{ work: \"x\" }}) {{ id }} }}", Editors),
        ["updateTask"] = ($"mutation {{ updateTask(id: \"{Missing}\", input: {{ work: \"x\" }}) {{ id }} }}", Editors),
        ["addTaskProgress"] = ($"mutation {{ addTaskProgress(task: \"{Missing}\", input: {{ note: \"x\" }}) {{ note }} }}", Editors),
        ["linkTaskEvidence"] = ($"mutation {{ linkTaskEvidence(task: \"{Missing}\", evidence: []) {{ id }} }}", Editors),
        ["unlinkTaskEvidence"] = ($"mutation {{ unlinkTaskEvidence(task: \"{Missing}\", evidence: []) {{ id }} }}", Editors),
        ["createReportingDuty"] = ($"mutation {{ createReportingDuty(plan: \"{Missing}\", input: {{ onRequest: true }}) {{ id }} }}", Editors),
        ["recordReport"] = ($"mutation {{ recordReport(duty: \"{Missing}\", input: {{ year: 2026 }}) {{ id }} }}", Editors),
        ["partners"] = ("{ partners { id } }", Admins),
        ["partner"] = ($"{{ partner(id: \"{Missing}\") {{ id }} }}", PartnerReaders),
        ["myPartner"] = ("{ myPartner { id } }", PartnerReaders),
        ["createPartner"] = ("mutation { createPartner(input: { names: [], type: OTHER, country: \"?\" }) { id } }", Admins),
        ["updatePartner"] = ($"mutation {{ updatePartner(id: \"{Missing}\", input: {{ names: [], type: OTHER, country: \"?\" }}) {{ id }} }}", Admins),
        ["createAgreement"] = ($"mutation {{ createAgreement(input: {{ partnerId: \"{Missing}\", brands: [] }}) {{ id }} }}", Admins),
        ["endAgreement"] = ($"mutation {{ endAgreement(id: \"{Missing}\") {{ id }} }}", Admins),
        ["suspendAgreement"] = ($"mutation {{ suspendAgreement(id: \"{Missing}\") {{ id }} }}", Admins),
        ["resumeAgreement"] = ($"mutation {{ resumeAgreement(id: \"{Missing}\") {{ id }} }}", Admins),
        ["issuePartnerKey"] = ($"mutation {{ issuePartnerKey(agreementId: \"{Missing}\", name: \"x\") {{ token }} }}", Admins),
        ["partnerActivity"] = ($"{{ partnerActivity(partner: \"{Missing}\", from: \"2026-01-01\", to: \"2026-01-31\") {{ total }} }}", PartnerReaders),
        ["partnersBehindOnMessaging"] = ("{ partnersBehindOnMessaging(brand: \"gia-lai\") { version } }", Monitors),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in Samples.Keys)
        {
            foreach (var role in Everyone)
            {
                data.Add(field, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_is_refused_exactly_the_operations_it_may_not_use(string field, string role)
    {
        var keys = await Keys.ForEveryRoleAsync(app);
        var (operation, allowed) = Samples[field];
        var response = await app.GraphQL(keys[role]).QueryAsync(operation);

        var forbidden = response.ErrorCodes.Contains("FORBIDDEN");
        Assert.True(allowed.Contains(role) != forbidden, $"{role} {field}: {response.Body}");
        if (forbidden)
        {
            Assert.Contains(field, response.Errors[0].GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Every_root_field_of_the_schema_is_in_the_matrix()
    {
        var schema = (await app.GraphQL().QueryAsync("{ __schema { queryType { fields { name } } mutationType { fields { name } } } }")).Ok().GetProperty("__schema");
        var fields = schema.GetProperty("queryType").GetProperty("fields").EnumerateArray()
            .Concat(schema.GetProperty("mutationType").GetProperty("fields").EnumerateArray())
            .Select(f => f.GetProperty("name").GetString()!);
        Assert.Empty(fields.Except(Samples.Keys));
    }
}
