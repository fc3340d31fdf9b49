using System.Text.Json;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Translation;

public static class TranslationWorkspaces
{
    /// <summary>One item's translation workspace in a locale that is not its source locale; NOT_FOUND for an unknown id.</summary>
    public static async Task<TranslationWorkspace> TranslationWorkspaceAsync(
        this BrandContentDb db, LocalizedKind kind, Guid entityId, string locale, CancellationToken cancellationToken)
    {
        var owner = await kind.FindOwnerAsync(db, entityId, cancellationToken) ?? throw new BrandContentException(ErrorCode.NotFound, kind.Kind, entityId);
        var tag = LocaleTag.Normalize(locale);
        if (tag == owner.SourceLocale)
        {
            throw new BrandContentException(ErrorCode.NotATranslation, tag);
        }

        var variants = await kind.WorkingVariantsAsync(db, [entityId], cancellationToken);
        var source = variants.FirstOrDefault(v => v.Locale == owner.SourceLocale)
            ?? throw new BrandContentException(ErrorCode.VariantNotFound, kind.Kind, entityId, owner.SourceLocale);
        var target = variants.FirstOrDefault(v => v.Locale == tag);
        var brand = await db.Brands.Where(b => b.Id == owner.BrandId).Select(b => b.Slug).SingleAsync(cancellationToken);
        var translatedFrom = target?.SourceRevision is { } from && from < source.Revision
            ? await SourceTextAtAsync(db, kind, owner, from, cancellationToken)
            : null;
        return new TranslationWorkspace(
            kind, owner, brand, tag, source, target, translatedFrom,
            await GlossaryHitsAsync(db, kind, owner, source, tag, cancellationToken),
            await ChannelLimitsAsync(db, kind, entityId, cancellationToken));
    }

    /// <summary>The source's text as it was at a revision: the last edit at or before it (workflow steps carry no text).</summary>
    private static async Task<IReadOnlyDictionary<string, string?>?> SourceTextAtAsync(
        BrandContentDb db, LocalizedKind kind, EntityOwner owner, int revision, CancellationToken cancellationToken)
    {
        var snapshot = await db.VariantRevisions
            .Where(r => r.Kind == kind.Kind && r.EntityId == owner.EntityId && r.Locale == owner.SourceLocale && r.Revision <= revision && r.Snapshot != null)
            .OrderByDescending(r => r.Revision).ThenByDescending(r => r.At)
            .Select(r => r.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
        return snapshot is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(snapshot);
    }

    /// <summary>The brand's terms the source uses, matched the way submitting checks them (<see cref="Glossary"/>).</summary>
    private static async Task<List<GlossaryHit>> GlossaryHitsAsync(
        BrandContentDb db, LocalizedKind kind, EntityOwner owner, Variant source, string locale, CancellationToken cancellationToken)
    {
        var terms = await db.GlossaryTerms.Where(t => t.BrandId == owner.BrandId).OrderBy(t => t.Term).ToListAsync(cancellationToken);
        var texts = kind.Fields.Where(f => f.Translatable).Select(f => (f.Name, Text: kind.Get(source, f.Name) ?? "")).ToList();
        return [.. terms
            .Select(t => (Term: t, Fields: texts.Where(x => x.Text.Contains(t.Term, StringComparison.OrdinalIgnoreCase)).Select(x => x.Name).ToList()))
            .Where(h => h.Fields.Count > 0)
            .Select(h => new GlossaryHit(h.Term.Term, h.Term.DoNotTranslate, h.Term.Translations.GetValueOrDefault(locale), h.Term.Note, h.Fields))];
    }

    /// <summary>For a channel post: each target channel's text limit on the field it carries. Other kinds go out on no channel.</summary>
    private static async Task<List<ChannelTextLimit>> ChannelLimitsAsync(BrandContentDb db, LocalizedKind kind, Guid entityId, CancellationToken cancellationToken)
    {
        if (kind.Kind != ContentKind.ChannelPost)
        {
            return [];
        }

        var codes = await db.ChannelPosts.Where(p => p.Id == entityId).Select(p => p.Channels).SingleAsync(cancellationToken);
        var channels = await db.Channels.Unarchived().Where(c => codes.Contains(c.Code)).OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return [.. channels
            .Where(c => c.Rules.MaxTextLength is not null)
            .Select(c => new ChannelTextLimit(ChannelPostTargets.TextField(c.Kind), c.Code, c.Rules.MaxTextLength!.Value, c.Rules.Counting))];
    }
}
