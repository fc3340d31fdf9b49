namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>The GraphQL documents of the review screens, run through <see cref="StudioApi"/> as the signed-in key.</summary>
public static class ReviewDocuments
{
    public const string Queue = """
        query($brand: String, $locale: String) {
          reviewQueue(brand: $brand, locale: $locale, first: 200) { kind entityId brand locale status revision isSource label submittedBy submittedAt }
        }
        """;

    public const string Variant = """
        query($kind: ContentKind!, $id: ID!, $locale: String!, $ui: String) {
          variants(kind: $kind, id: $id) { locale status revision isSource outdated publishAt unpublishAt updatedAt updatedBy fields { name value } }
          liveVariant(kind: $kind, id: $id, locale: $locale) { revision publishAt unpublishAt fields { name value } }
          markets { code name(locale: $ui) timeZone localeChain }
        }
        """;

    public const string Approve = """
        mutation($kind: ContentKind!, $id: ID!, $locale: String!, $revision: Int) {
          approve(kind: $kind, id: $id, locale: $locale, expectedRevision: $revision) { status revision }
        }
        """;

    public const string RequestChanges = """
        mutation($kind: ContentKind!, $id: ID!, $locale: String!, $revision: Int, $comment: String!) {
          requestChanges(kind: $kind, id: $id, locale: $locale, expectedRevision: $revision, comment: $comment) { status revision }
        }
        """;

    public const string Publish = """
        mutation($kind: ContentKind!, $id: ID!, $locale: String!, $revision: Int, $publishAt: DateTimeOffset) {
          publish(kind: $kind, id: $id, locale: $locale, expectedRevision: $revision, publishAt: $publishAt) { status revision }
        }
        """;

    public const string Unpublish = """
        mutation($kind: ContentKind!, $id: ID!, $locale: String!, $revision: Int) {
          unpublish(kind: $kind, id: $id, locale: $locale, expectedRevision: $revision) { status revision }
        }
        """;
}
