using System.Globalization;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// Checks an XLIFF submission against the content, collecting every problem with the line it is on, and works
/// out which translations change. Nothing is written here.
/// </summary>
public static class XliffImportPlanning
{
    public static async Task<XliffImportPlan> PlanXliffImportAsync(this BrandContentDb db, XliffSubmission file, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        var sourceLocale = Language(file.SourceLanguage, "xliff@srcLang", problems);
        var locale = Language(file.TargetLanguage, "xliff@trgLang", problems);
        if (locale is not null && !await db.Locales.AnyAsync(l => l.Tag == locale, cancellationToken))
        {
            throw new BrandContentException(ErrorCode.LocaleNotFound, locale);
        }

        var units = new List<(XliffUnitEntry Entry, XliffUnitId Id)>();
        var seen = new HashSet<string>();
        foreach (var unit in file.Units)
        {
            if (XliffUnitId.TryParse(unit.Id, out var id) && seen.Add(id.ToString()))
            {
                units.Add((unit, id));
            }
            else
            {
                problems.Add(UnknownUnit(unit));
            }
        }

        // One query per kind rather than two per entity; archived entities are not among them.
        var owners = new Dictionary<(ContentKind, Guid), Guid>();
        foreach (var kind in units.Select(u => u.Id.Kind).Distinct())
        {
            foreach (var entity in await kind.EntitiesAsync(db, BrandSelection.All, cancellationToken))
            {
                owners[(kind.Kind, entity.Id)] = entity.BrandId;
            }
        }

        problems.AddRange(units.Where(u => !owners.ContainsKey(Key(u.Id))).Select(u => UnknownUnit(u.Entry)));
        units.RemoveAll(u => !owners.ContainsKey(Key(u.Id)));
        var brandIds = owners.Values.Distinct().ToList();
        var brandSources = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.SourceLocale, cancellationToken);
        foreach (var expected in units.Select(u => brandSources[owners[Key(u.Id)]]).Distinct())
        {
            if (sourceLocale is not null && sourceLocale != expected)
            {
                problems.Add(new FieldProblem("xliff@srcLang", ValidationRule.XliffLanguage, sourceLocale, expected));
            }

            if (locale == expected)
            {
                problems.Add(new FieldProblem("xliff@trgLang", ValidationRule.XliffLanguage, locale, $"≠ {expected}"));
            }
        }

        var working = new Dictionary<(ContentKind, Guid), List<Variant>>();
        foreach (var group in units.GroupBy(u => u.Id.Kind))
        {
            foreach (var variant in await group.Key.WorkingVariantsAsync(db, group.Select(u => u.Id.EntityId).Distinct().ToList(), cancellationToken))
            {
                working.TryAdd((group.Key.Kind, variant.OwnerId), []);
                working[(group.Key.Kind, variant.OwnerId)].Add(variant);
            }
        }

        var changes = new List<XliffChange>();
        var (unchanged, withoutTarget) = (0, 0);
        foreach (var entity in units.GroupBy(u => (u.Id.Kind, u.Id.EntityId)))
        {
            var (kind, entityId) = entity.Key;
            var variants = working.GetValueOrDefault((kind.Kind, entityId)) ?? [];
            var current = variants.FirstOrDefault(v => v.Locale == locale);
            var source = variants.FirstOrDefault(v => v.Locale == brandSources[owners[(kind.Kind, entityId)]]);
            var values = new Dictionary<string, string?>();
            var locations = new Dictionary<string, string>();
            foreach (var (unit, id) in entity)
            {
                var location = $"line {unit.Line}: unit {id}";
                locations[id.Field.Name] = location;
                if (Normalize(id.Field, unit.Target) is not { } text)
                {
                    withoutTarget++;
                }
                else if (current is not null && kind.Get(current, id.Field.Name) == text)
                {
                    unchanged++;
                }
                else
                {
                    values[id.Field.Name] = text;
                    if (text.Length > id.Field.MaxLength)
                    {
                        problems.Add(new FieldProblem(location, ValidationRule.MaxLength, id.Field.MaxLength, text.Length));
                    }
                }
            }

            if (values.Count == 0)
            {
                continue;
            }

            var change = new XliffChange(
                kind, entityId, current?.Revision ?? 0, SourceRevision(entity.First().Entry.SourceRevision, kind, entityId, source, problems),
                values, locations, entity.Min(u => u.Entry.Line));

            // A field the file leaves out keeps its current value; a new translation has none.
            problems.AddRange(kind.Fields
                .Where(f => f.Required && string.IsNullOrWhiteSpace(values.TryGetValue(f.Name, out var value) ? value : current is null ? null : kind.Get(current, f.Name)))
                .Select(f => new FieldProblem(change.Locate(f.Name), ValidationRule.Required)));
            changes.Add(change);
        }

        ValidationFailedException.ThrowIfAny(problems);
        return new XliffImportPlan(locale!, changes, unchanged, withoutTarget);
    }

    private static (ContentKind, Guid) Key(XliffUnitId id) => (id.Kind.Kind, id.EntityId);

    private static FieldProblem UnknownUnit(XliffUnitEntry unit) => new(unit.Location, ValidationRule.XliffUnit, unit.Id);

    private static string? Language(string? value, string where, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(where, ValidationRule.Required));
            return null;
        }

        if (!LocaleTag.TryNormalize(value, out var tag))
        {
            problems.Add(new FieldProblem(where, ValidationRule.LocaleTag, value));
        }

        return tag;
    }

    /// <summary>The text as the variant would store it; null when the unit carries no translation.</summary>
    private static string? Normalize(LocalizedField field, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            // An empty target is how many tools write "not translated yet"; it never clears a field.
            return null;
        }

        return field.IsList ? string.Join('\n', target.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : target;
    }

    /// <summary>The revision the group says it was exported from; null (the current one) when the file does not say.</summary>
    private static int? SourceRevision(XliffNote? note, LocalizedKind kind, Guid entityId, Variant? source, List<FieldProblem> problems)
    {
        if (note is null)
        {
            return null;
        }

        var current = source?.Revision ?? 0;
        if (int.TryParse(note.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) && revision <= current)
        {
            return revision;
        }

        problems.Add(new FieldProblem(
            $"line {note.Line}: group {XliffUnitId.GroupId(kind, entityId)} note {XliffNames.SourceRevisionNote}", ValidationRule.Range, 0, current, note.Text));
        return null;
    }
}
