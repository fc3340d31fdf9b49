using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Partners;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Partners;

/// <summary>A clock the test sets: "now" for counting days and comparing fetches with changes.</summary>
public sealed class SetClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Partner activity as it happens: key messages published through the workflow, reads by partner keys, counts flushed.</summary>
public sealed class ActivityScene(BrandContentApp app)
{
    public const string Activity = "query($p: ID!, $f: DateOnly!, $t: DateOnly!) { partnerActivity(partner: $p, from: $f, to: $t) { partnerId from to total "
        + "days { day brand kind agreementId count firstAt lastAt lastVersion } totals { brand kind count lastAt lastVersion } } }";

    public const string Behind = "query($b: String!) { partnersBehindOnMessaging(brand: $b) { brand version changedAt "
        + "partners { partnerId name agreementIds lastFetchAt lastVersion lastKind } } }";

    public const string Read = "query($b: String!) { keyMessages(brand: $b, market: \"JP\", locale: \"vi\") { headline } }";

    public PartnerScene Partners { get; } = new(app);

    public static PartnerActivityRecorder Recorder(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<PartnerActivityRecorder>();

    /// <summary>A server on the same database whose clock the test sets.</summary>
    public WebApplicationFactory<Program> At(SetClock clock) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));

    /// <summary>A key message of the brand for these audiences (every market), its Vietnamese text published through the workflow.</summary>
    public static async Task<Guid> PublishMessageAsync(GraphQLClient client, Brand brand, string headline, params string[] audiences)
    {
        var id = (await client.QueryAsync(
                "mutation($b: String!, $a: [String!]) { createKeyMessage(brand: $b, input: { audiences: $a, priority: 1 }) { id } }",
                new { b = brand.Slug, a = audiences }))
            .Ok().GetProperty("createKeyMessage").GetProperty("id").GetGuid();
        var editing = new Fixtures.Editing(client);
        await editing.UpsertOkAsync("KEY_MESSAGE", id, "vi", null, new { headline });
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "KEY_MESSAGE", id, "vi", 1)).Ok();
        }

        return id;
    }

    public async Task<List<PartnerActivityDay>> RowsAsync(Guid partner)
    {
        await using var db = app.OpenDb();
        return await db.PartnerActivityDays.Where(d => d.PartnerId == partner).OrderBy(d => d.Day).ThenBy(d => d.Kind).ToListAsync();
    }

    public async Task<BrandMessaging> MessagingAsync(Brand brand)
    {
        await using var db = app.OpenDb();
        return await db.BrandMessagingAsync(brand.Id, CancellationToken.None);
    }

    public static async Task<JsonElement> BehindAsync(GraphQLClient client, Brand brand) =>
        (await client.QueryAsync(Behind, new { b = brand.Slug })).Ok().GetProperty("partnersBehindOnMessaging");

    public static List<Guid> PartnerIds(JsonElement behind) =>
        [.. behind.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("partnerId").GetGuid())];
}
