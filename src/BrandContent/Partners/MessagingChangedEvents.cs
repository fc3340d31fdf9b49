using BrandContent.Editing;
using BrandContent.Storage;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>
/// The <c>data</c> of <c>messaging.changed</c>: the brand, the key message, the locales whose live text changed, the
/// markets it is for (every market's code when it is for all), its audiences (empty: every audience) and the brand's
/// messaging version once the change commits (<see cref="BrandMessaging"/>).
/// </summary>
public sealed record MessagingChangedData(
    string Brand, Guid KeyMessageId, IReadOnlyList<string> Locales, IReadOnlyList<string> Markets, IReadOnlyList<string> Audiences, string Version);

/// <summary>
/// Raises <c>messaging.changed</c> in the transaction of the change (the workflow's publish and unpublish, also by the
/// scheduler; archiving and unarchiving). A subscription confined to an agreement gets it only when the agreement, in
/// force, covers the brand, a market and an audience of the message (<see cref="WebhookOutbox"/>).
/// </summary>
public static class MessagingChangedEvents
{
    /// <summary>A key message's live variant changed in <paramref name="locales"/>; null: in every locale it is live in (archiving).</summary>
    public static async Task EnqueueMessagingChangedAsync(
        this BrandContentDb db, Guid keyMessageId, IReadOnlyList<string>? locales, CancellationToken cancellationToken)
    {
        if (!await db.AnyWebhookForAsync(WebhookEventTypes.MessagingChanged, cancellationToken)
            || await db.KeyMessages.Where(m => m.Id == keyMessageId).Select(m => new { m.BrandId, m.Markets, m.Audiences }).FirstOrDefaultAsync(cancellationToken)
                is not { } message)
        {
            return;
        }

        var slug = await db.Brands.Where(b => b.Id == message.BrandId).Select(b => b.Slug).FirstAsync(cancellationToken);
        var markets = message.Markets.Count > 0
            ? [.. message.Markets.Order(StringComparer.Ordinal)]
            : await db.Markets.Unarchived().OrderBy(m => m.Code).Select(m => m.Code).ToListAsync(cancellationToken);
        var changed = locales ?? await db.KeyMessageVariants.Where(v => v.KeyMessageId == keyMessageId && v.IsLive)
            .OrderBy(v => v.Locale).Select(v => v.Locale).ToListAsync(cancellationToken);
        var messaging = await db.BrandMessagingAsync(message.BrandId, cancellationToken);
        var data = new MessagingChangedData(slug, keyMessageId, changed, markets, [.. message.Audiences.Order(StringComparer.Ordinal)], messaging.Version);
        await db.EnqueueWebhookEventAsync(WebhookEventTypes.MessagingChanged, message.BrandId, markets, message.Audiences, data, cancellationToken);
    }
}
