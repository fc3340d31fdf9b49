using BrandContent.Localization;

namespace BrandContent.Publishing;

/// <summary>
/// Which rows a read sees. Delivery: live rows inside their publishAt / unpublishAt window, nothing else.
/// Preview (editors only): the working rows, whatever their workflow state.
/// </summary>
public static class DeliveryWindow
{
    public static IQueryable<TVariant> Visible<TVariant>(this IQueryable<TVariant> variants, LocaleChain chain, DateTimeOffset now)
        where TVariant : Variant =>
        variants.Visible(chain.Preview, now);

    public static IQueryable<TVariant> Visible<TVariant>(this IQueryable<TVariant> variants, bool preview, DateTimeOffset now)
        where TVariant : Variant =>
        preview
            ? variants.Where(v => !v.IsLive)
            : variants.Where(v => v.IsLive
                && v.Status == WorkflowStatus.Published
                && (v.PublishAt == null || v.PublishAt <= now)
                && (v.UnpublishAt == null || v.UnpublishAt > now));
}
