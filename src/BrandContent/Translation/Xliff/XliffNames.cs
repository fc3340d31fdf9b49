using System.Xml.Linq;

namespace BrandContent.Translation.Xliff;

/// <summary>The XLIFF 2.0 core vocabulary this API reads and writes, and the note categories it adds.</summary>
public static class XliffNames
{
    public const string Version = "2.0";

    public static readonly XNamespace Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    public static readonly XName Xliff = Namespace + "xliff";
    public static readonly XName File = Namespace + "file";
    public static readonly XName Group = Namespace + "group";
    public static readonly XName Unit = Namespace + "unit";
    public static readonly XName Notes = Namespace + "notes";
    public static readonly XName Note = Namespace + "note";
    public static readonly XName Segment = Namespace + "segment";
    public static readonly XName Ignorable = Namespace + "ignorable";
    public static readonly XName Source = Namespace + "source";
    public static readonly XName Target = Namespace + "target";
    public static readonly XName Space = XNamespace.Xml + "space";

    /// <summary>Group note: the source revision the text was exported from, recorded on the translation at import.</summary>
    public const string SourceRevisionNote = "sourceRevision";
}
