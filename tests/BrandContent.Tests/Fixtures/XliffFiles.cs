using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using BrandContent.Brands;
using BrandContent.Pillars;
using BrandContent.Stories;

namespace BrandContent.Tests.Fixtures;

/// <summary>A brand with a story and a pillar written in Vietnamese, ready to translate.</summary>
public sealed record TranslatableBrand(Brand Brand, Pillar Pillar, Story Story)
{
    public const string Title = "Lễ hội cồng chiêng Gia Lai";
    public const string Summary = "Đêm hội bên bếp lửa & ché rượu cần.";
    public const string Body = "# Cồng chiêng Tây Nguyên\n\nĐêm hội *rực rỡ* bên bếp lửa & rượu cần.\n\n## Lịch\n\n- Ngày 1 < ngày 2\n- \"Trích dẫn\" và 'đơn'\n";
    public const string Keywords = "cồng chiêng\nGia Lai";

    public string Unit(string kind, string field) => $"{kind}.{Id(kind):D}.{field}";

    public string Group(string kind) => $"{kind}.{Id(kind):D}";

    public Guid Id(string kind) => kind switch
    {
        "BRAND" => Brand.Id,
        "PILLAR" => Pillar.Id,
        _ => Story.Id,
    };
}

/// <summary>XLIFF export and import as a client calls them, and what a translator's tool does to the file.</summary>
public sealed class XliffFiles(BrandContentApp app)
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    private readonly GraphQLClient client = app.GraphQL();

    public async Task<TranslatableBrand> TranslatableBrandAsync()
    {
        var brand = TestContent.Brand(null, "vi");
        var pillar = TestContent.Pillar(brand, "coast", 1, "vi");
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 3, 1) };
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, pillar, story);
            await db.SaveChangesAsync();
        }

        await new Editing(client).UpsertOkAsync("STORY", story.Id, "vi", null, new
        {
            title = TranslatableBrand.Title,
            slug = "le-hoi-cong-chieng",
            summary = TranslatableBrand.Summary,
            body = TranslatableBrand.Body,
            seoKeywords = TranslatableBrand.Keywords,
        });
        return new TranslatableBrand(brand, pillar, story);
    }

    public async Task<JsonElement> ExportAsync(string locale, string? brand, string scope = "MISSING_OR_OUTDATED") =>
        (await client.QueryAsync(
            "query($l: String!, $b: String, $s: XliffScope) { xliffExport(locale: $l, brand: $b, scope: $s) { fileName content unitCount } }",
            new { l = locale, b = brand, s = scope }))
        .Ok().GetProperty("xliffExport");

    public async Task<string> ContentAsync(string locale, string? brand, string scope = "MISSING_OR_OUTDATED") =>
        (await ExportAsync(locale, brand, scope)).GetProperty("content").GetString()!;

    public Task<GraphQLResponse> ImportAsync(string content, bool submitForReview = false) =>
        client.QueryAsync(
            "mutation($c: String!, $r: Boolean) { importXliff(content: $c, submitForReview: $r) { locale changed { kind entityId fields revision status } unchangedUnits unitsWithoutTarget } }",
            new { c = content, r = submitForReview });

    public static XDocument Parse(string content) => XDocument.Parse(content, LoadOptions.PreserveWhitespace);

    /// <summary>Every unit by id: its source and its target (null when it has none).</summary>
    public static Dictionary<string, (string Source, string? Target)> Units(string content) =>
        Parse(content).Descendants(Ns + "unit").ToDictionary(
            u => (string)u.Attribute("id")!,
            u => (u.Descendants(Ns + "source").Single().Value, u.Descendants(Ns + "target").SingleOrDefault()?.Value));

    /// <summary>The file with these targets written in, the way a translation tool saves it.</summary>
    public static string WithTargets(string content, IReadOnlyDictionary<string, string> targets)
    {
        var document = Parse(content);
        foreach (var unit in document.Descendants(Ns + "unit"))
        {
            if (targets.TryGetValue((string)unit.Attribute("id")!, out var text))
            {
                var segment = unit.Element(Ns + "segment")!;
                segment.Element(Ns + "target")?.Remove();
                segment.Add(new XElement(Ns + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), text));
            }
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize }))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The 1-based line of the element carrying this id.</summary>
    public static int LineOf(string content, string id) =>
        content.Split('\n').Select((line, i) => (line, i)).First(l => l.line.Contains($"id=\"{id}\"", StringComparison.Ordinal)).i + 1;

    /// <summary>The problems of a VALIDATION_FAILED answer: where, which rule, and the message the caller reads.</summary>
    public static List<(string Field, string Rule, string Message)> Problems(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        return response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!, p.GetProperty("message").GetString()!))
            .ToList();
    }
}
