using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Publishing;

public static class VariantHistory
{
    /// <summary>Adds a history entry for the variant's current state to the unit of work.</summary>
    public static void History(
        this BrandContentDb db, LocalizedKind kind, Variant variant, RevisionAction action, EditContext edit, DateTimeOffset at,
        string? snapshot = null, IReadOnlyList<string>? changed = null, string? comment = null) =>
        db.VariantRevisions.Add(new VariantRevision
        {
            Kind = kind.Kind,
            EntityId = variant.OwnerId,
            Locale = variant.Locale,
            Revision = variant.Revision,
            Action = action,
            Status = variant.Status,
            Snapshot = snapshot,
            ChangedFields = changed?.ToList() ?? [],
            Comment = comment,
            Actor = edit.Actor,
            At = at,
        });

    /// <summary>A variant's history, newest first.</summary>
    public static Task<List<VariantRevision>> VariantHistoryAsync(
        this BrandContentDb db, ContentKind kind, Guid entityId, string locale, CancellationToken cancellationToken)
    {
        var tag = LocaleTag.Normalize(locale);
        return db.VariantRevisions.Where(r => r.Kind == kind && r.EntityId == entityId && r.Locale == tag)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
    }
}
