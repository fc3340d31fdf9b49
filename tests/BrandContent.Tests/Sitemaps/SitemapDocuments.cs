using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace BrandContent.Tests.Sitemaps;

/// <summary>The sitemaps.org 0.9 schemas (Schemas/SOURCES.md) and what a test reads out of a sitemap or an index.</summary>
public static class SitemapDocuments
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>One schema set per root: sitemap.xsd and siteindex.xsd declare the same simple types, so they cannot share a set.</summary>
    public static XmlSchemaSet Schemas(string root)
    {
        var set = new XmlSchemaSet();
        foreach (var name in new[] { root, "xhtml-link.xsd" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"BrandContent.Tests.Sitemaps.Schemas.{name}")
                ?? throw new InvalidOperationException($"{name} is not embedded.");
            set.Add(XmlSchema.Read(stream, null)!);
        }

        set.Compile();
        return set;
    }

    /// <summary>The document, after checking it against its schema (every error and warning fails the test: strict xhtml:link included).</summary>
    public static XDocument Valid(string xml)
    {
        var document = XDocument.Parse(xml);
        var schema = document.Root!.Name == Ns + "sitemapindex" ? "siteindex.xsd" : "sitemap.xsd";
        var problems = new List<string>();
        document.Validate(Schemas(schema), (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + xml);
        return document;
    }

    /// <summary>Each URL of a urlset: its loc, lastmod, and alternates by hreflang.</summary>
    public static List<(string Loc, DateTimeOffset LastModified, Dictionary<string, string> Alternates)> Urls(XDocument document) =>
        [.. document.Root!.Elements(Ns + "url").Select(url => (
            url.Element(Ns + "loc")!.Value,
            XmlConvert.ToDateTimeOffset(url.Element(Ns + "lastmod")!.Value),
            url.Elements(Xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!)))];

    public static List<string> SitemapLocations(XDocument document) =>
        [.. document.Root!.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value)];
}
