using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Pillars;
using BrandContent.Stories;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// A brand with as many Vietnamese pillars and stories as an XLIFF file of <see cref="Units"/> units needs, and a
/// translator's Japanese for every unit. Shared with bench/BrandContent.Bench.Xliff, so the test and the benchmark
/// import the same file.
/// </summary>
public sealed record LargeTranslation(Brand Brand, IReadOnlyList<Pillar> Pillars, IReadOnlyList<Story> Stories)
{
    /// <summary>2 units for the brand (name, slogan), 2 per pillar (name, description), 7 per story (every field).</summary>
    public int Units => 2 + (2 * Pillars.Count) + (7 * Stories.Count);

    /// <summary>Content whose export has exactly <paramref name="units"/> units (at least 11).</summary>
    public static LargeTranslation Create(string slug, int units)
    {
        var stories = (units - 2) / 7;
        while ((units - 2 - (7 * stories)) % 2 != 0)
        {
            stories--;
        }

        var brand = new Brand
        {
            Slug = slug,
            Level = BrandLevel.Province,
            SourceLocale = "vi",
            Variants = [.. Published(new BrandVariant { Name = $"Tỉnh {slug}", Slogan = "Vùng đất của cồng chiêng và hoa dã quỳ" })],
        };
        var pillars = Enumerable.Range(0, (units - 2 - (7 * stories)) / 2).Select(i => new Pillar
        {
            BrandId = brand.Id,
            Key = $"pillar-{i:D4}",
            Position = i,
            Variants = [.. Published(new PillarVariant { Name = $"Trụ cột {i}", Description = $"Mô tả trụ cột số {i}: văn hóa, thiên nhiên và con người." })],
        }).ToList();
        var date = new DateOnly(2026, 1, 1);
        var storyList = Enumerable.Range(0, stories).Select(i =>
        {
            var story = new Story { BrandId = brand.Id, Date = date.AddDays(i % 365), Tags = ["bench"] };
            story.Variants = [.. Published(new StoryVariant
            {
                StoryId = story.Id,
                BrandId = brand.Id,
                Title = $"Câu chuyện số {i}: mùa hoa dã quỳ",
                Slug = $"cau-chuyen-{i:D5}",
                Summary = $"Tóm tắt câu chuyện {i} về lễ hội cồng chiêng bên bếp lửa.",
                Body = $"# Câu chuyện {i}\n\nĐêm hội *rực rỡ* bên bếp lửa & rượu cần.\n\n## Lịch\n\n- Ngày 1 < ngày 2\n- Xem [trang lễ hội](https://example.com/le-hoi/{i})\n",
                SeoTitle = $"Câu chuyện {i} | Gia Lai",
                SeoDescription = $"Khám phá câu chuyện {i} của vùng đất cồng chiêng.",
                SeoKeywords = ["cồng chiêng", $"câu chuyện {i}"],
            })];
            return story;
        }).ToList();
        return new LargeTranslation(brand, pillars, storyList);
    }

    /// <summary>The exported file with a Japanese target in every unit, as a translation tool saves it.</summary>
    public static string Translate(string exported)
    {
        XNamespace ns = "urn:oasis:names:tc:xliff:document:2.0";
        var document = XDocument.Parse(exported, LoadOptions.PreserveWhitespace);
        var number = 0;
        foreach (var unit in document.Descendants(ns + "unit"))
        {
            var segment = unit.Element(ns + "segment")!;
            segment.Element(ns + "target")?.Remove();
            segment.Add(new XElement(ns + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), Japanese((string)unit.Attribute("name")!, number++)));
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize }))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Japanese(string field, int number) => field switch
    {
        "slug" => $"monogatari-{number.ToString(CultureInfo.InvariantCulture)}",
        "body" => $"# 物語 {number}\n\n炉端と酒壺の*華やかな*夜祭り。\n\n- 一日目 < 二日目\n- [祭りのページ](https://example.com/matsuri/{number})\n",
        "seoKeywords" => $"ゴング\n物語 {number}",
        "seoTitle" => $"物語 {number} | ザライ",
        _ => $"{field} の訳 {number}:ゴングと野生のひまわり",
    };

    private static IEnumerable<TVariant> Published<TVariant>(TVariant variant)
        where TVariant : Variant
    {
        variant.Locale = "vi";
        variant.Status = BrandContent.Publishing.WorkflowStatus.Published;
        variant.PublishAt = DateTimeOffset.UtcNow.AddDays(-1);
        return [variant, variant.ToLive<TVariant>()];
    }
}
