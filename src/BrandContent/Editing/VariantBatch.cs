using System.Text.Json;
using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Markup;
using BrandContent.Publishing;
using BrandContent.Storage;

namespace BrandContent.Editing;

/// <summary>A write applied to its (new or locked) variant: what the variant was before, and what the field checks found.</summary>
internal sealed record PreparedWrite(VariantWrite Write, EntityOwner Owner, Variant Variant, Dictionary<string, string?>? Before, List<FieldProblem> Problems);

/// <summary>
/// The steps of <see cref="VariantEditor"/>'s writes of one kind and locale, saved together at the end: apply and
/// check each write, then record a new revision with its history and audit entries. A single write is a batch of one.
/// </summary>
internal sealed class VariantBatch(BrandContentDb db, LocalizedKind kind, string locale, DateTimeOffset now)
{
    private readonly HashSet<(Guid BrandId, string Field, string Slug)> slugs = [];

    /// <summary>
    /// Applies the write to its variant (a new one when <paramref name="variant"/> is null); a new translation first
    /// takes the values of the fields that are not translated from <paramref name="source"/>.
    /// </summary>
    public PreparedWrite Prepare(VariantWrite write, EntityOwner owner, Variant? variant, Variant? source = null)
    {
        if (variant is null && write.ExpectedRevision is not (null or 0))
        {
            throw new BrandContentException(ErrorCode.Conflict, write.ExpectedRevision, 0);
        }

        if (variant is not null)
        {
            VariantEditor.CheckRevision(variant, write.ExpectedRevision ?? 0);
        }

        var before = variant is null ? null : kind.Snapshot(variant);
        if (variant is null)
        {
            variant = kind.Create(owner, locale);
            foreach (var field in kind.Fields.Where(f => !f.Translatable && source is not null))
            {
                kind.Set(variant, field.Name, kind.Get(source!, field.Name));
            }

            db.Add(variant);
        }

        foreach (var (name, value) in write.Values.Where(v => kind.Field(v.Key) is not null))
        {
            kind.Set(variant, name, string.IsNullOrWhiteSpace(value) ? null : value);
        }

        return new PreparedWrite(write, owner, variant, before, CheckFields(variant, write.Values.Keys));
    }

    /// <summary>
    /// Slugs are unique per brand and locale: the kind's rules check them against the stored ones, and since the
    /// batch is saved at its end, a slug an earlier write of the batch took is taken for the later ones, as it would
    /// have been had each write been saved on its own.
    /// </summary>
    public List<FieldProblem> TakeSlugs(PreparedWrite write)
    {
        var own = kind.Fields
            .Where(f => f.Format == FieldFormat.Slug && kind.Get(write.Variant, f.Name) is not null)
            .Select(f => (write.Owner.BrandId, f.Name, kind.Get(write.Variant, f.Name)!))
            .ToList();
        var problems = own.Where(slugs.Contains).Select(s => new FieldProblem(s.Name, ValidationRule.SlugTaken, s.Item3, locale)).ToList();
        if (problems.Count == 0)
        {
            slugs.UnionWith(own);
        }

        return problems;
    }

    /// <summary>A new revision in DRAFT, with its history and audit entries, unless nothing changed at all.</summary>
    public void Record(PreparedWrite write, int? sourceRevision, RevisionAction action, EditContext edit)
    {
        var (variant, before) = (write.Variant, write.Before);
        var after = kind.Snapshot(variant);
        var changed = kind.Fields.Where(f => before is null ? after[f.Name] is not null : before[f.Name] != after[f.Name]).Select(f => f.Name).ToList();
        if (before is not null && changed.Count == 0 && sourceRevision == variant.SourceRevision)
        {
            return;
        }

        variant.SourceRevision = sourceRevision;
        variant.Revision = (before is null ? 0 : variant.Revision) + 1;
        variant.Status = WorkflowStatus.Draft;
        VariantEditor.Touch(variant, edit, now);
        db.History(kind, variant, before is null ? RevisionAction.Created : action, edit, now, JsonSerializer.Serialize(after), changed);
        db.Record(edit, now, kind.Kind.ToString(), variant.OwnerId, locale, before, after);
    }

    /// <summary>Unknown fields, required fields, lengths, slug formats and unsafe markup: what needs no database.</summary>
    private List<FieldProblem> CheckFields(Variant variant, IEnumerable<string> given)
    {
        var names = given.ToHashSet();
        var problems = names.Where(name => kind.Field(name) is null).Select(name => new FieldProblem(name, ValidationRule.Reference, name)).ToList();
        foreach (var field in kind.Fields)
        {
            var value = kind.Get(variant, field.Name);
            if (field.Required && string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.Required));
            }
            else if (value is not null && value.Length > field.MaxLength)
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.MaxLength, field.MaxLength, value.Length));
            }
            else if (field.Format == FieldFormat.Slug && value is not null && !Checks.Slug().IsMatch(value))
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.SlugFormat, value));
            }
            else if (field.Format == FieldFormat.Markdown && value is not null && names.Contains(field.Name) && MarkdownHtml.UnsafeParts(value) is { Count: > 0 } parts)
            {
                // Only what this write sets: a text stored before the check is sanitized on delivery and blocks no other edit.
                problems.Add(new FieldProblem(field.Name, ValidationRule.UnsafeMarkup, string.Join(", ", parts)));
            }
        }

        return problems;
    }
}
