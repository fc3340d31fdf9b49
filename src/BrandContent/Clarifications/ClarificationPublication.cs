using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Clarifications;

/// <summary>
/// The <c>data</c> of <c>clarification.published</c>: <c>content.published</c>'s fields (the markets whose readers the
/// locale reaches among those concerned), plus the severity, every market concerned, when translations are due and the
/// slugs of the other brands concerned (besides <see cref="Brand"/>, the owner).
/// </summary>
public sealed record ClarificationEventData(
    string Kind, Guid Id, string Brand, string Locale, IReadOnlyList<string> Markets, int Revision,
    string Severity, IReadOnlyList<string> ConcernedMarkets, DateTimeOffset? TranslationsDueAt, IReadOnlyList<string> ConcernedBrands);

/// <summary>
/// What a clarification's publication sets off, in the publishing transaction (fast track, workflow or scheduler):
/// the first publication of its source queues the translations into the concerned markets' chains with a due time by
/// severity and answers the incidents it is linked to; every publication raises <c>clarification.published</c>.
/// </summary>
public sealed class ClarificationPublication(BrandContentDb db, IOptions<ClarificationOptions> options) : IPublishedVariantHandler
{
    public async Task OnPublishedAsync(LocalizedKind kind, Variant variant, EntityOwner owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (kind.Kind != ContentKind.Clarification)
        {
            return;
        }

        var clarification = await db.Clarifications.AsTracking().FirstAsync(c => c.Id == owner.EntityId, cancellationToken);
        if (variant.Locale == owner.SourceLocale && clarification.FirstPublishedAt is null)
        {
            await QueueTranslationsAsync(clarification, owner, now, cancellationToken);

            // An incident this clarification answers is answered now, unless an editor already said when.
            await db.Incidents
                .Where(i => i.ClarificationId == clarification.Id && i.AnsweredAt == null && i.DetectedAt <= now)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.AnsweredAt, now), cancellationToken);
        }

        await EnqueueEventAsync(clarification, variant, owner, cancellationToken);
    }

    private async Task QueueTranslationsAsync(Clarification clarification, EntityOwner owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chains = await db.Markets.Unarchived()
            .Where(m => clarification.Markets.Contains(m.Code))
            .OrderBy(m => m.Code)
            .Select(m => m.LocaleChain)
            .ToListAsync(cancellationToken);
        clarification.FirstPublishedAt = now;
        clarification.TranslationsDueAt = now + options.Value.DueAfter(clarification.Severity);
        clarification.TranslationLocales = [.. chains.SelectMany(c => c).Where(l => l != owner.SourceLocale).Distinct()];
    }

    private async Task EnqueueEventAsync(Clarification clarification, Variant variant, EntityOwner owner, CancellationToken cancellationToken)
    {
        if (!await db.AnyWebhookForAsync(WebhookEventTypes.ClarificationPublished, cancellationToken))
        {
            return;
        }

        var brand = await db.Brands.Where(b => b.Id == owner.BrandId).Select(b => b.Slug).FirstAsync(cancellationToken);
        var every = variant.Locale == owner.SourceLocale;
        var reached = await db.Markets.Unarchived()
            .Where(m => clarification.Markets.Contains(m.Code) && (every || m.LocaleChain.Contains(variant.Locale)))
            .OrderBy(m => m.Code).Select(m => m.Code)
            .ToListAsync(cancellationToken);
        var concerned = await db.Brands.Where(b => clarification.ConcernedBrandIds.Contains(b.Id)).OrderBy(b => b.Slug).Select(b => b.Slug).ToListAsync(cancellationToken);
        var data = new ClarificationEventData(
            ContentKind.Clarification.ToConstantCase(), owner.EntityId, brand, variant.Locale, reached, variant.Revision,
            clarification.Severity.ToConstantCase(), clarification.Markets, clarification.TranslationsDueAt, concerned);
        await db.EnqueueWebhookEventAsync(WebhookEventTypes.ClarificationPublished, owner.BrandId, reached, data, cancellationToken);
    }
}
