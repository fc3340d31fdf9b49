using System.Reflection;
using System.Text.Json;
using BrandContent.Keywords;
using BrandContent.Storage;

namespace BrandContent.Demo;

/// <summary>A demo keyword set (Demo/KeywordSets/keyword-sets.json, by brand slug); its pillar is a key of the brand's file.</summary>
internal sealed record KeywordSetEntry(string Key, string? Pillar, List<string> Markets, Dictionary<string, KeywordSetText> Variants);

internal sealed record KeywordSetText(string Name, List<string> Keywords, List<string> Hashtags) : VariantEntry;

/// <summary>The demo brands' keyword sets, drawn from the plans' slogans and themes, added with their brand.</summary>
internal static class DemoKeywordSets
{
    private static readonly Lazy<Dictionary<string, List<KeywordSetEntry>>> ByBrand = new(Read);

    public static void Add(BrandContentDb db, string brandSlug, Guid brandId, string source)
    {
        db.KeywordSets.AddRange(ByBrand.Value.GetValueOrDefault(brandSlug, []).Select(k => new KeywordSet
        {
            Id = DemoContent.Id("keywords", $"{brandSlug}/{k.Key}"),
            BrandId = brandId,
            PillarId = k.Pillar is null ? null : DemoContent.Id("pillar", $"{brandSlug}/{k.Pillar}"),
            Markets = k.Markets,
            Variants = DemoBrandBuilder.Variants(k.Variants, source, (KeywordSetText text, KeywordSetVariant v) =>
            {
                v.Name = text.Name;
                v.Keywords = Keyword.NormalizeAll(text.Keywords);
                v.Hashtags = Posts.Hashtag.NormalizeAll(text.Hashtags);
            }),
        }));
    }

    private static Dictionary<string, List<KeywordSetEntry>> Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Demo.KeywordSets.keyword-sets.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, List<KeywordSetEntry>>>(stream, DemoJson.Options)
            ?? throw new InvalidDataException($"{name} is empty.");
    }
}
