namespace BrandContent.Monitoring;

/// <summary>
/// A mention as recordMention takes it and as each CSV row is read: the brands by slug (checked against the key's
/// scope), the pillars by id (of those brands), the market by code, the language as a BCP 47 tag.
/// </summary>
public sealed record MentionInput(
    DateTimeOffset PublishedAt,
    string Outlet,
    string Url,
    string Market,
    string Language,
    long? Reach,
    Sentiment Sentiment,
    bool FalseInformation,
    IReadOnlyList<Guid>? Pillars,
    string Headline);
