using System.Buffers.Text;
using System.Text;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Webhooks;

/// <summary>A delivery with the event it carries.</summary>
public sealed record WebhookDeliveryView(WebhookDelivery Delivery, WebhookEvent Event);

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, bool HasNextPage, int TotalCount);

/// <summary>An opaque position in a subscription's newest-first delivery list: the creation instant and id of the last one seen.</summary>
public sealed record WebhookDeliveryCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt.UtcTicks}|{Id:N}"));

    public static WebhookDeliveryCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length == 2 && long.TryParse(parts[0], out var ticks) && ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new WebhookDeliveryCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
            // falls through to the error below
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}

public static class WebhookDeliveryQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<WebhookDeliveryPage> PageWebhookDeliveriesAsync(
        this BrandContentDb db, Guid subscriptionId, WebhookDeliveryStatus? status, int first, WebhookDeliveryCursor? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var deliveries = db.WebhookDeliveries.Where(d => d.SubscriptionId == subscriptionId && (status == null || d.Status == status));
        var total = await deliveries.CountAsync(cancellationToken);
        if (after is not null)
        {
            deliveries = deliveries.Where(d => d.CreatedAt < after.CreatedAt || (d.CreatedAt == after.CreatedAt && d.Id.CompareTo(after.Id) < 0));
        }

        var rows = await deliveries
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(first + 1)
            .Join(db.WebhookEvents, d => d.EventId, e => e.Id, (d, e) => new WebhookDeliveryView(d, e))
            .ToListAsync(cancellationToken);
        return new WebhookDeliveryPage(rows.Take(first).ToList(), rows.Count > first, total);
    }

    public static async Task<WebhookDeliveryView> DeliveryViewAsync(this BrandContentDb db, WebhookDelivery delivery, CancellationToken cancellationToken) =>
        new(delivery, await db.WebhookEvents.FirstAsync(e => e.Id == delivery.EventId, cancellationToken));

    public static async Task<Dictionary<Guid, List<WebhookAttempt>>> AttemptsOfDeliveriesAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> deliveryIds, CancellationToken cancellationToken) =>
        (await db.WebhookAttempts.Where(a => deliveryIds.Contains(a.DeliveryId)).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .GroupBy(a => a.DeliveryId).ToDictionary(g => g.Key, g => g.ToList());
}
