namespace BrandContent.Webhooks;

/// <summary>What an administrator sends to create or replace a subscription; brands by slug, markets by code.</summary>
public sealed record WebhookInput(
    string Url, IReadOnlyList<string> Events, IReadOnlyList<string>? Brands, IReadOnlyList<string>? Markets, bool? Active, Guid? AgreementId = null);

/// <summary>
/// The caller's brands and markets (empty = all). A scoped administrator manages only subscriptions confined to its
/// scope: their brand and market filters must name something, all of it inside.
/// </summary>
public sealed record WebhookScope(IReadOnlySet<Guid> Brands, IReadOnlySet<string> Markets)
{
    public bool Covers(WebhookSubscription subscription) =>
        Covers(subscription.Brands, Brands) && Covers(subscription.Markets, Markets);

    private static bool Covers<T>(IReadOnlyCollection<T> filter, IReadOnlySet<T> scope) =>
        scope.Count == 0 || (filter.Count > 0 && filter.All(scope.Contains));
}

/// <summary>A subscription with its secret, in the one answer that shows it (create, rotate).</summary>
public sealed record CreatedWebhook(WebhookSubscription Webhook, string Secret);
