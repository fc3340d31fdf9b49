using System.Globalization;
using System.Text;
using System.Xml;
using BrandContent.Stories;

namespace BrandContent.Api.Sitemaps;

/// <summary>
/// The sitemaps protocol 0.9 documents (urlset and sitemapindex), with Google's <c>xhtml:link rel="alternate"</c>
/// hreflang annotations between a story's locales. Written by <see cref="XmlWriter"/>, which escapes every value.
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string MediaType = "application/xml";

    /// <summary>The hreflang of the URL search engines show when no locale matches the reader's: the brand's source locale.</summary>
    public const string DefaultHreflang = "x-default";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary>A story URL: its locale's URL, with every delivered locale of the same story (itself included) as alternates.</summary>
    public sealed record Url(string Location, DateTimeOffset LastModified, IReadOnlyList<(string Hreflang, string Location)> Alternates);

    public static byte[] UrlSet(IEnumerable<Url> urls) => Write(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, url.Location);
            writer.WriteElementString("lastmod", Namespace, W3CDateTime(url.LastModified));
            foreach (var (hreflang, location) in url.Alternates)
            {
                writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("hreflang", hreflang);
                writer.WriteAttributeString("href", location);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static byte[] Index(IEnumerable<(string Location, DateTimeOffset LastModified)> sitemaps) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        foreach (var (location, lastModified) in sitemaps)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, location);
            writer.WriteElementString("lastmod", Namespace, W3CDateTime(lastModified));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>W3C Datetime (the profile of ISO 8601 sitemaps take), to the second, in UTC.</summary>
    public static string W3CDateTime(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The URLs of one page of stories, each with its story's alternates (x-default: the source locale's URL).</summary>
    public static IEnumerable<Url> StoryUrls(
        IEnumerable<SitemapStory> page, ILookup<Guid, SitemapStory> alternates, Func<SitemapStory, string> locate, string sourceLocale) =>
        page.Select(story =>
        {
            var locales = alternates[story.StoryId].ToList();
            // A story in one locale has no alternates to announce.
            IReadOnlyList<(string, string)> links = locales.Count < 2
                ? []
                : [.. locales.Select(a => (a.Locale, locate(a))), .. locales.Where(a => a.Locale == sourceLocale).Select(a => (DefaultHreflang, locate(a)))];
            return new Url(locate(story), story.LastModified, links);
        });

    private static byte[] Write(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
