using BrandContent.Localization;

namespace BrandContent.Publishing;

/// <summary>What delivery may serve: PUBLISHED variants inside their publishAt / unpublishAt window.</summary>
public static class DeliveryWindow
{
    public static IQueryable<TVariant> Deliverable<TVariant>(this IQueryable<TVariant> variants, DateTimeOffset now)
        where TVariant : Variant =>
        variants.Where(v => v.Status == WorkflowStatus.Published
            && (v.PublishAt == null || v.PublishAt <= now)
            && (v.UnpublishAt == null || v.UnpublishAt > now));

    public static bool IsDeliverable(this Variant variant, DateTimeOffset now) =>
        variant.Status == WorkflowStatus.Published
        && (variant.PublishAt == null || variant.PublishAt <= now)
        && (variant.UnpublishAt == null || variant.UnpublishAt > now);
}
