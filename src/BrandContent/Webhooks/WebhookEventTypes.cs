namespace BrandContent.Webhooks;

/// <summary>The event types a subscription may ask for, the one definition of each (Standard Webhooks' dotted names).</summary>
public static class WebhookEventTypes
{
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentArchived = "content.archived";
    public const string SlotDue = "slot.due";
    public const string TranslationOutdated = "translation.outdated";
    public const string TestPing = "test.ping";

    /// <summary>A clarification's source or a translation was published (Clarifications/ClarificationPublication).</summary>
    public const string ClarificationPublished = "clarification.published";

    /// <summary>A brand's approved messaging changed: a key message published, unpublished or archived (Partners/MessagingChangedEvents).</summary>
    public const string MessagingChanged = "messaging.changed";

    public static readonly IReadOnlyList<string> All =
        [ContentPublished, ContentUnpublished, ContentArchived, SlotDue, TranslationOutdated, TestPing, ClarificationPublished, MessagingChanged];

    /// <summary>The longest type name a row stores.</summary>
    public const int MaxLength = 64;

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
