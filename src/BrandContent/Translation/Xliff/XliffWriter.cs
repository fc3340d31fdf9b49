using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Translation.Xliff;

/// <summary>Builds an XLIFF 2.0 document with System.Xml.Linq: files, groups per entity, units per field.</summary>
public sealed class XliffWriter(string sourceLocale, string targetLocale)
{
    private readonly XElement root = new(
        XliffNames.Xliff,
        new XAttribute("version", XliffNames.Version),
        new XAttribute("srcLang", sourceLocale),
        new XAttribute("trgLang", targetLocale));

    public int UnitCount { get; private set; }

    public void AddFile(string id, IEnumerable<(TranslationItem Item, Variant? Translation)> entities, IEnumerable<GlossaryTerm> terms)
    {
        var glossary = terms.ToList();
        var groups = entities.Select(e => Group(e.Item, e.Translation, glossary)).Where(g => g.Elements(XliffNames.Unit).Any()).ToList();
        if (groups.Count > 0)
        {
            root.Add(new XElement(XliffNames.File, new XAttribute("id", id), groups));
        }
    }

    /// <summary>UTF-8 text. Carriage returns are written as character references so they survive XML parsing.</summary>
    public string ToXml()
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private XElement Group(TranslationItem item, Variant? translation, List<GlossaryTerm> glossary)
    {
        var kind = LocalizedKinds.Of(item.Kind);
        var kindName = XliffUnitId.KindName(item.Kind);
        var label = item.SourceText[kind.LabelField.Name] ?? "";
        var units = kind.Fields
            .Where(f => f.Translatable && !string.IsNullOrWhiteSpace(item.SourceText[f.Name]))
            .Select(f => Unit(new XliffUnitId(kind, item.EntityId, f), $"{kindName} {item.EntityId:D} “{label}”", item.SourceText[f.Name]!, translation, glossary))
            .ToList();
        return new XElement(
            XliffNames.Group,
            new XAttribute("id", XliffUnitId.GroupId(kind, item.EntityId)),
            new XAttribute("name", kindName),
            Notes(
                ("kind", kindName),
                ("label", label),
                ("state", item.State.ToConstantCase()),
                (XliffNames.SourceRevisionNote, item.SourceRevision.ToString(CultureInfo.InvariantCulture))),
            units);
    }

    private XElement Unit(XliffUnitId id, string entity, string source, Variant? translation, List<GlossaryTerm> glossary)
    {
        UnitCount++;
        var field = id.Field;
        var target = translation is null ? null : id.Kind.Get(translation, field.Name);
        var hits = glossary.Where(t => source.Contains(t.Term, StringComparison.OrdinalIgnoreCase)).Select(t => ("glossary", GlossaryHint(t)));
        return new XElement(
            XliffNames.Unit,
            new XAttribute("id", id.ToString()),
            new XAttribute("name", field.Name),
            Notes([("entity", entity), ("field", $"{field.Name} ({field.Format})"), ("maxLength", field.MaxLength.ToString(CultureInfo.InvariantCulture)), .. hits]),
            new XElement(XliffNames.Segment, Text(XliffNames.Source, source), target is null ? null : Text(XliffNames.Target, target)));
    }

    private string GlossaryHint(GlossaryTerm term) =>
        term.DoNotTranslate ? $"{term.Term}: do not translate"
        : term.Translations.TryGetValue(targetLocale, out var approved) ? $"{term.Term} → {approved}"
        : $"{term.Term}: no approved {targetLocale} translation";

    // Markdown blank lines and leading spaces are content: tools must not normalize them.
    private static XElement Text(XName name, string text) => new(name, new XAttribute(XliffNames.Space, "preserve"), text);

    private static XElement Notes(params (string Category, string Text)[] notes) =>
        new(XliffNames.Notes, notes.Select(n => new XElement(XliffNames.Note, new XAttribute("category", n.Category), n.Text)));
}
