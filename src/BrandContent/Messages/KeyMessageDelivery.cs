using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Partners;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Messages;

/// <summary>Narrows a brand's key messages: a market or audience matches a message aimed at it or at everyone.</summary>
/// <remarks><paramref name="ReachedAudiences"/>: a partner key's agreement audiences (<see cref="AudienceReach"/>); empty or null lets every message through.</remarks>
public sealed record KeyMessageFilter(
    Guid BrandId, LocaleChain Chain, string? Market, string? Audience, Guid? PillarId, DateOnly ValidOn, IReadOnlyCollection<string>? ReachedAudiences = null);

public static class KeyMessageDelivery
{
    public static async Task<List<Localized<KeyMessage, KeyMessageVariant>>> ListKeyMessagesAsync(
        this BrandContentDb db, KeyMessageFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messages = db.KeyMessages.Unarchived().Where(m => m.BrandId == filter.BrandId
            && (m.ValidFrom == null || m.ValidFrom <= filter.ValidOn)
            && (m.ValidTo == null || m.ValidTo >= filter.ValidOn));
        if (filter.Market is { } market)
        {
            messages = messages.Where(m => m.Markets.Count == 0 || m.Markets.Contains(market));
        }

        if (filter.Audience is { } audience)
        {
            messages = messages.Where(m => m.Audiences.Count == 0 || m.Audiences.Contains(audience));
        }

        messages = messages.Where(AudienceReach.Admits(filter.ReachedAudiences ?? []));
        if (filter.PillarId is { } pillarId)
        {
            messages = messages.Where(m => m.PillarId == pillarId);
        }

        var rows = await messages.OrderBy(m => m.Priority).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return await db.LocalizeKeyMessagesAsync(rows, filter.Chain, now, cancellationToken);
    }

    public static async Task<Dictionary<Guid, Localized<KeyMessage, KeyMessageVariant>>> KeyMessagesByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.KeyMessages.Unarchived().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        return (await db.LocalizeKeyMessagesAsync(rows, chain, now, cancellationToken)).ToDictionary(m => m.Entity.Id);
    }

    private static async Task<List<Localized<KeyMessage, KeyMessageVariant>>> LocalizeKeyMessagesAsync(
        this BrandContentDb db, List<KeyMessage> messages, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToArray();
        var variants = await db.KeyMessageVariants.Where(v => ids.Contains(v.KeyMessageId)).PickVisibleAsync(chain, now, cancellationToken);
        return messages.Localize(m => m.Id, variants, chain);
    }
}
