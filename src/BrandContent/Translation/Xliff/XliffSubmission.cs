using System.Xml;
using System.Xml.Linq;
using BrandContent.Editing;

namespace BrandContent.Translation.Xliff;

/// <summary>A note of the file, with the line it is on for error messages.</summary>
public sealed record XliffNote(string Text, int Line);

/// <summary>One unit as an import needs it: its id, where it is, its target text (null: not translated).</summary>
public sealed record XliffUnitEntry(string Id, int Line, string? Target, XliffNote? SourceRevision)
{
    /// <summary>"line 12: unit STORY.0196….title", how problems name the unit.</summary>
    public string Location => $"line {Line}: unit {Id}";
}

/// <summary>An XLIFF 2.0 document read for import: its languages and its units, from any tool.</summary>
public sealed record XliffSubmission(string? SourceLanguage, string? TargetLanguage, IReadOnlyList<XliffUnitEntry> Units)
{
    /// <summary>The document, or a <see cref="ValidationFailedException"/> when it is not XML or not XLIFF 2.0.</summary>
    public static XliffSubmission Read(string content)
    {
        XDocument document;
        try
        {
            // No DTDs: an XLIFF file needs none, and entity expansion is a way to exhaust the server.
            using var reader = XmlReader.Create(new StringReader(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ValidationFailedException([DoctypeLine(content) is { } line
                ? new FieldProblem($"line {line}: DOCTYPE", ValidationRule.XmlDtd)
                : new FieldProblem("content", ValidationRule.XmlMalformed, e.LineNumber, e.LinePosition)]);
        }

        var root = document.Root!;
        var version = (string?)root.Attribute("version");
        if (root.Name != XliffNames.Xliff || version != XliffNames.Version)
        {
            var found = $"{root.Name.NamespaceName} {root.Name.LocalName} {version}".Trim();
            throw new ValidationFailedException([new FieldProblem($"line {Line(root)}: {root.Name.LocalName}", ValidationRule.XliffVersion, found)]);
        }

        var units = root.Descendants(XliffNames.Unit)
            .Select(u => new XliffUnitEntry((string?)u.Attribute("id") ?? "", Line(u), Target(u), SourceRevision(u)))
            .ToList();
        return new XliffSubmission((string?)root.Attribute("srcLang"), (string?)root.Attribute("trgLang"), units);
    }

    /// <summary>
    /// The unit's translation: its segments' targets joined, with ignorable parts (whitespace between segments)
    /// as they are. A unit counts as translated only when every segment has a target. Inline codes, which this
    /// API never exports, contribute their text.
    /// </summary>
    private static string? Target(XElement unit)
    {
        var parts = unit.Elements().Where(e => e.Name == XliffNames.Segment || e.Name == XliffNames.Ignorable).ToList();
        var segments = parts.Where(p => p.Name == XliffNames.Segment).ToList();
        if (segments.Count == 0 || segments.Any(s => s.Element(XliffNames.Target) is null))
        {
            return null;
        }

        return string.Concat(parts.Select(p => (p.Element(XliffNames.Target) ?? p.Element(XliffNames.Source))?.Value));
    }

    /// <summary>The sourceRevision note of the nearest enclosing group that has one; none in files from other tools.</summary>
    private static XliffNote? SourceRevision(XElement unit) =>
        unit.Ancestors(XliffNames.Group)
            .Select(g => g.Element(XliffNames.Notes)?.Elements(XliffNames.Note).FirstOrDefault(n => (string?)n.Attribute("category") == XliffNames.SourceRevisionNote))
            .Where(n => n is not null)
            .Select(n => new XliffNote(n!.Value, Line(n)))
            .FirstOrDefault();

    /// <summary>
    /// The line of the file's DOCTYPE, if it has one: the prohibiting reader refuses it without saying where. The
    /// declaration is parsed (never an external file, no resolver) but nothing is expanded: the scan stops at it or at
    /// the first element.
    /// </summary>
    private static int? DoctypeLine(string content)
    {
        using var reader = XmlReader.Create(new StringReader(content), new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null });
        try
        {
            while (reader.Read() && reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType == XmlNodeType.DocumentType)
                {
                    return ((IXmlLineInfo)reader).LineNumber;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed before any DOCTYPE: that is what the caller is told.
        }

        return null;
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
