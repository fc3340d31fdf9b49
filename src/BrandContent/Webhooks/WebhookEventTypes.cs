namespace BrandContent.Webhooks;

/// <summary>
/// The event types a subscription may ask for, the one definition of each (Standard Webhooks' dotted names).
/// <c>clarification.published</c> is not accepted yet: that kind of content does not exist.
/// </summary>
public static class WebhookEventTypes
{
    public const string ContentPublished = "content.published";
    public const string ContentUnpublished = "content.unpublished";
    public const string ContentArchived = "content.archived";
    public const string SlotDue = "slot.due";
    public const string TranslationOutdated = "translation.outdated";
    public const string TestPing = "test.ping";

    public static readonly IReadOnlyList<string> All =
        [ContentPublished, ContentUnpublished, ContentArchived, SlotDue, TranslationOutdated, TestPing];

    /// <summary>The longest type name a row stores.</summary>
    public const int MaxLength = 64;

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
