using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Webhooks;

/// <summary>Managing subscriptions: checks, hostile input, private addresses, the secret, scope, paging.</summary>
public sealed class WebhookSubscriptionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Create = "mutation($i: WebhookInput!) { createWebhook(input: $i) { webhook { id url events brands markets active } secret } }";

    private static IReadOnlyList<(string Field, string Rule)> Problems(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        return response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!)).ToList();
    }

    public static TheoryData<string> PrivateTargets() =>
    [
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.1/hook",
        "https://[::1]/hook",
        "https://localhost/hook",
        "https://0x7f000001/hook",
        "https://2130706433/hook",
        "https://0177.0.0.1/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://[::ffff:a9fe:a9fe]/hook",
        "https://[fd00:ec2::254]/hook",
        "https://100.64.0.1/hook",
        "https://192.168.1.1/hook",
        "https://172.16.0.1/hook",
        "https://0.0.0.0/hook",
        "https://[fe80::1]/hook",
        "https://224.0.0.1/hook",
    ];

    [Theory]
    [MemberData(nameof(PrivateTargets))]
    public async Task A_url_reaching_a_private_loopback_link_local_or_metadata_address_is_refused(string url)
    {
        await using var strict = app.With(("BrandContent:Webhooks:AllowPrivateTargets", "false"));
        var response = await strict.GraphQL().QueryAsync(Create, new { i = new { url, events = new[] { "test.ping" } } });
        Assert.Equal([("url", "TARGET_FORBIDDEN")], Problems(response));
    }

    [Fact]
    public async Task Without_private_targets_plain_http_is_refused_and_the_refusal_speaks_vietnamese()
    {
        await using var strict = app.With(("BrandContent:Webhooks:AllowPrivateTargets", "false"));
        var response = await strict.GraphQL().QueryAsync(Create, new { i = new { url = "http://hooks.example.com/x", events = new[] { "test.ping" } } }, acceptLanguage: "vi");
        Assert.Equal([("url", "HTTPS_URL")], Problems(response));
        Assert.Contains("phải là URL https", response.Errors[0].GetProperty("message").GetString());

        var forbidden = await strict.GraphQL().QueryAsync(Create, new { i = new { url = "https://10.0.0.1/", events = new[] { "test.ping" } } }, acceptLanguage: "vi");
        Assert.Contains("10.0.0.1", forbidden.Errors[0].GetProperty("message").GetString());
        Assert.Contains("webhook không được gửi tới", forbidden.Errors[0].GetProperty("message").GetString());
    }

    public static TheoryData<string, string> HostileUrls() => new()
    {
        { "https://hooks.test/a\u0001b", "URL" },
        { "https://hooks.test/a b", "URL" },
        { "https://hooks.test/\r\nX-Injected: 1", "URL" },
        { "https://hooks.test/" + new string('a', 5000), "MAX_LENGTH" },
        { "javascript:alert(1)", "URL" },
        { "file:///etc/passwd", "URL" },
        { "ftp://hooks.test/", "URL" },
        { "/relative/path", "URL" },
        { "https://user:secret@hooks.test/", "URL_CREDENTIALS" },
        { "https://token@hooks.test/", "URL_CREDENTIALS" },
        { "", "REQUIRED" },
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public async Task Hostile_urls_are_refused_with_a_rule_never_an_internal_error(string url, string rule)
    {
        var response = await app.GraphQL().QueryAsync(Create, new { i = new { url, events = new[] { "test.ping" } } });
        Assert.Equal([("url", rule)], Problems(response));
        Assert.DoesNotContain("secret", response.Body.GetRawText());
    }

    [Fact]
    public async Task Unknown_events_brands_and_markets_are_each_named()
    {
        var response = await app.GraphQL().QueryAsync(Create, new
        {
            i = new
            {
                url = "https://hooks.test/x",
                events = new[] { "content.published", "content.exploded", "clarification.published", "clarification.retracted", "<script>" },
                brands = new[] { "no-such-brand" },
                markets = new[] { "ZZ" },
            },
        });
        Assert.Equal([("events", "WEBHOOK_EVENT"), ("events", "WEBHOOK_EVENT"), ("events", "WEBHOOK_EVENT")], Problems(response));

        var filters = await app.GraphQL().QueryAsync(Create, new { i = new { url = "https://hooks.test/x", events = new[] { "slot.due" }, brands = new[] { "no-such-brand" }, markets = new[] { "ZZ" } } });
        Assert.Equal([("brands", "REFERENCE"), ("markets", "REFERENCE")], Problems(filters));

        var none = await app.GraphQL().QueryAsync(Create, new { i = new { url = "https://hooks.test/x", events = Array.Empty<string>() } });
        Assert.Equal([("events", "REQUIRED")], Problems(none));
    }

    [Fact]
    public async Task The_secret_is_shown_once_in_the_standard_webhooks_form_and_rotating_replaces_it()
    {
        var created = (await app.GraphQL().QueryAsync(Create, new
        {
            i = new { url = "https://hooks.test/secret", events = new[] { "content.published", "slot.due" }, brands = new[] { "gia-lai" }, markets = new[] { "kr" } },
        })).Ok().GetProperty("createWebhook");
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var webhook = created.GetProperty("webhook");
        Assert.Equal(["gia-lai"], webhook.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["KR"], webhook.GetProperty("markets").EnumerateArray().Select(b => b.GetString()));

        var fields = (await app.GraphQL().QueryAsync("{ __type(name: \"Webhook\") { fields { name } } }")).Ok()
            .GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());
        Assert.DoesNotContain(fields, f => f!.Contains("secret", StringComparison.OrdinalIgnoreCase));
        var listed = (await app.GraphQL().QueryAsync("{ webhooks { id url } auditLog(first: 20) { after } }")).Ok();
        Assert.DoesNotContain(secret, listed.GetRawText());

        var rotated = (await app.GraphQL().QueryAsync("mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }", new { id = webhook.GetProperty("id").GetGuid() }))
            .Ok().GetProperty("rotateWebhookSecret").GetProperty("secret").GetString();
        Assert.StartsWith("whsec_", rotated);
        Assert.NotEqual(secret, rotated);
    }

    [Fact]
    public async Task A_brand_scoped_administrator_manages_only_subscriptions_inside_its_brands()
    {
        var scoped = app.GraphQL(await Keys.CreateAsync(app, "gia lai admin", "ADMIN", brands: ["gia-lai"]));
        var (everywhere, _) = await app.GraphQL().CreateWebhookAsync("https://hooks.test/all", ["content.published"]);

        var unscoped = await scoped.QueryAsync(Create, new { i = new { url = "https://hooks.test/mine", events = new[] { "content.published" } } });
        Assert.Equal(["OUT_OF_SCOPE"], unscoped.ErrorCodes);
        var other = await scoped.QueryAsync(Create, new { i = new { url = "https://hooks.test/mine", events = new[] { "content.published" }, brands = new[] { "dong-nai" } } });
        Assert.Equal(["OUT_OF_SCOPE"], other.ErrorCodes);
        var (mine, _) = await scoped.CreateWebhookAsync("https://hooks.test/mine", ["content.published"], brands: ["gia-lai"]);

        var listed = (await scoped.QueryAsync("{ webhooks { id } }")).Ok().GetProperty("webhooks").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine, listed);
        Assert.DoesNotContain(everywhere, listed);
        Assert.Equal(["NOT_FOUND"], (await scoped.QueryAsync("mutation($id: ID!) { deleteWebhook(id: $id) }", new { id = everywhere })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await scoped.QueryAsync("{ webhookDeliveries(webhookId: \"" + everywhere + "\") { totalCount } }")).ErrorCodes);
        Assert.True((await scoped.QueryAsync("mutation($id: ID!) { deleteWebhook(id: $id) }", new { id = mine })).Ok().GetProperty("deleteWebhook").GetBoolean());
    }

    [Fact]
    public async Task Deliveries_page_newest_first_by_cursor_and_filter_by_status()
    {
        var client = app.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync("https://hooks.test/paging", ["test.ping"]);
        var sent = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            sent.Add((await client.PingAsync(webhook)).GetProperty("id").GetGuid());
        }

        const string Page = "query($w: ID!, $a: String, $s: WebhookDeliveryStatus) { webhookDeliveries(webhookId: $w, first: 2, after: $a, status: $s) { totalCount pageInfo { hasNextPage endCursor } items { id status eventType } } }";
        var seen = new List<Guid>();
        string? after = null;
        bool more;
        do
        {
            var page = (await client.QueryAsync(Page, new { w = webhook, a = after })).Ok().GetProperty("webhookDeliveries");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
            more = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more);

        Assert.Equal(Enumerable.Reverse(sent), seen);
        var pending = (await client.QueryAsync(Page, new { w = webhook, s = "PENDING" })).Ok().GetProperty("webhookDeliveries");
        Assert.Equal(5, pending.GetProperty("totalCount").GetInt32());
        var delivered = (await client.QueryAsync(Page, new { w = webhook, s = "DELIVERED" })).Ok().GetProperty("webhookDeliveries");
        Assert.Equal(0, delivered.GetProperty("totalCount").GetInt32());
        Assert.Equal(["INVALID_CURSOR"], (await client.QueryAsync(Page, new { w = webhook, a = "bm90LWEtY3Vyc29y" })).ErrorCodes);
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await client.QueryAsync("query($w: ID!) { webhookDeliveries(webhookId: $w, first: 0) { totalCount } }", new { w = webhook })).ErrorCodes);
    }

    [Fact]
    public async Task Deleting_a_subscription_removes_its_deliveries_and_an_unknown_one_is_not_found()
    {
        var client = app.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync("https://hooks.test/delete", ["test.ping"]);
        await client.PingAsync(webhook);
        Assert.True((await client.QueryAsync("mutation($id: ID!) { deleteWebhook(id: $id) }", new { id = webhook })).Ok().GetProperty("deleteWebhook").GetBoolean());
        Assert.Equal(["NOT_FOUND"], (await client.QueryAsync("mutation($id: ID!) { deleteWebhook(id: $id) }", new { id = webhook })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await client.QueryAsync("mutation($id: ID!) { pingWebhook(id: $id) { id } }", new { id = webhook })).ErrorCodes);
        var audit = (await client.QueryAsync("{ auditLog(operation: \"deleteWebhook\", first: 1) { targetId before } }")).Ok().GetProperty("auditLog")[0];
        Assert.Equal(webhook, audit.GetProperty("targetId").GetGuid());
    }

    [Fact]
    public async Task Wrong_webhook_settings_stop_the_server_naming_the_setting()
    {
        await using var wrong = app.With(("BrandContent:Webhooks:Jitter", "2"), ("BrandContent:Webhooks:PollInterval", "00:00:00"));
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("BrandContent:Webhooks:Jitter", error.ToString());
        Assert.Contains("BrandContent:Webhooks:PollInterval", error.ToString());
    }
}
