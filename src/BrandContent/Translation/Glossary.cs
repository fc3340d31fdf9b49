using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Translation;

/// <summary>A glossary rule a translation breaks, in one field.</summary>
public sealed record GlossaryWarning(string Field, string Term, string Rule, string? Expected)
{
    public const string ApprovedTranslationMissing = "APPROVED_TRANSLATION_MISSING";
    public const string DoNotTranslateAltered = "DO_NOT_TRANSLATE_ALTERED";
}

public static class Glossary
{
    /// <summary>
    /// For each field whose source text uses a glossary term: the translation must keep a do-not-translate term
    /// exactly as written, and must use the term's approved translation for its locale when there is one.
    /// </summary>
    public static async Task<List<GlossaryWarning>> GlossaryWarningsAsync(
        this BrandContentDb db, LocalizedKind kind, Variant target, CancellationToken cancellationToken)
    {
        var owner = await kind.FindOwnerAsync(db, target.OwnerId, cancellationToken);
        if (owner is null || target.Locale == owner.SourceLocale)
        {
            return [];
        }

        var source = await kind.SourceVariantAsync(db, owner, cancellationToken);
        var terms = await db.GlossaryTerms.Where(t => t.BrandId == owner.BrandId).ToListAsync(cancellationToken);
        if (source is null || terms.Count == 0)
        {
            return [];
        }

        var warnings = new List<GlossaryWarning>();
        foreach (var field in kind.Fields.Where(f => f.Translatable))
        {
            var sourceText = kind.Get(source, field.Name) ?? "";
            var targetText = kind.Get(target, field.Name) ?? "";
            foreach (var term in terms.Where(t => sourceText.Contains(t.Term, StringComparison.OrdinalIgnoreCase)))
            {
                if (term.DoNotTranslate && !targetText.Contains(term.Term, StringComparison.Ordinal))
                {
                    warnings.Add(new GlossaryWarning(field.Name, term.Term, GlossaryWarning.DoNotTranslateAltered, term.Term));
                }
                else if (!term.DoNotTranslate && term.Translations.TryGetValue(target.Locale, out var approved)
                    && !targetText.Contains(approved, StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add(new GlossaryWarning(field.Name, term.Term, GlossaryWarning.ApprovedTranslationMissing, approved));
                }
            }
        }

        return warnings;
    }

    public static async Task<GlossaryTerm> UpsertGlossaryTermAsync(
        this BrandContentDb db, Guid brandId, string term, bool doNotTranslate, IReadOnlyDictionary<string, string> translations, string? note,
        EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        term = term.Trim();
        if (term.Length == 0)
        {
            problems.Add(new FieldProblem("term", ValidationRule.Required));
        }
        else if (term.Length > GlossaryTerm.TermMaxLength)
        {
            problems.Add(new FieldProblem("term", ValidationRule.MaxLength, GlossaryTerm.TermMaxLength, term.Length));
        }

        var normalized = new Dictionary<string, string>();
        foreach (var (locale, text) in translations)
        {
            if (!LocaleTag.TryNormalize(locale, out var tag))
            {
                problems.Add(new FieldProblem("translations.locale", ValidationRule.LocaleTag, locale));
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new FieldProblem($"translations.{tag}", ValidationRule.Required));
            }
            else
            {
                normalized[tag] = text.Trim();
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        var existing = await db.GlossaryTerms.AsTracking().FirstOrDefaultAsync(t => t.BrandId == brandId && t.Term == term, cancellationToken);
        var before = existing is null ? null : new { existing.Term, existing.DoNotTranslate, existing.Translations, existing.Note };
        var entry = existing ?? db.GlossaryTerms.Add(new GlossaryTerm { BrandId = brandId, Term = term }).Entity;
        entry.DoNotTranslate = doNotTranslate;
        entry.Translations = normalized;
        entry.Note = note;
        db.Record(edit, now, "GlossaryTerm", entry.Id, null, before, new { entry.Term, entry.DoNotTranslate, entry.Translations, entry.Note });
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }
}
