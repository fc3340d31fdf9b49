using System.Reflection;
using System.Text.Json;
using BrandContent.Clarifications;
using BrandContent.Monitoring;
using BrandContent.Storage;

namespace BrandContent.Demo;

/// <summary>
/// A demo clarification (Demo/Clarifications/clarifications.json, by brand slug), with the incident it answered, the
/// false-information mentions that carried the claim and the other brands it concerns (slugs).
/// </summary>
internal sealed record ClarificationEntry(
    string Key, string Severity, List<string> Markets, string? SourceUrl, List<string> SpreadOn, List<string> RelatedStories,
    DateTimeOffset FirstPublishedAt, DateTimeOffset DetectedAt, Dictionary<string, ClarificationText> Variants,
    List<string>? ConcernedBrands = null, List<ClaimMention>? Mentions = null);

/// <summary>Coverage that spread a demo incident's claim, published before the incident was detected.</summary>
internal sealed record ClaimMention(DateTimeOffset PublishedAt, string Outlet, string Url, string Market, string Language, long Reach, string Headline);

internal sealed record ClarificationText(string Title, string Claim, string Facts) : VariantEntry;

/// <summary>
/// The clarifications of the seed plans that ask for rebuttal of false information (Gia Lai, Đồng Nai city): text
/// written by us, facts from the plans; published in the source and translated for three markets, each answering an
/// incident detected before it went out, which ties the false-information mentions that carried the claim (so the
/// incident response KPI and the report have real figures). Gia Lai's also concerns Việt Nam: its plan fights false
/// information "ảnh hưởng đến hình ảnh của tỉnh, của quốc gia".
/// </summary>
internal static class DemoClarifications
{
    private static readonly Lazy<Dictionary<string, List<ClarificationEntry>>> ByBrand = new(Read);

    public static void Add(BrandContentDb db, string brandSlug, Guid brandId, string source)
    {
        foreach (var c in ByBrand.Value.GetValueOrDefault(brandSlug, []))
        {
            var id = DemoContent.Id("clarification", $"{brandSlug}/{c.Key}");
            var severity = Enum.Parse<Severity>(c.Severity, ignoreCase: true);
            db.Clarifications.Add(new Clarification
            {
                Id = id,
                BrandId = brandId,
                Severity = severity,
                Markets = c.Markets,
                SourceUrl = c.SourceUrl,
                SpreadOn = c.SpreadOn,
                RelatedStoryIds = [.. c.RelatedStories.Select(s => DemoContent.Id("story", $"{brandSlug}/{s}"))],
                ConcernedBrandIds = [.. (c.ConcernedBrands ?? []).Select(b => DemoContent.Id("brand", b))],
                FirstPublishedAt = c.FirstPublishedAt,
                TranslationsDueAt = c.FirstPublishedAt + new ClarificationOptions().DueAfter(severity),
                TranslationLocales = [.. c.Variants.Keys.Where(l => l != source)],
                Variants = DemoBrandBuilder.Variants(c.Variants, source, (ClarificationText text, ClarificationVariant v) =>
                    (v.ClarificationId, v.Title, v.Claim, v.Facts) = (id, text.Title, text.Claim, text.Facts)),
            });
            db.Incidents.Add(new Incident
            {
                Id = DemoContent.Id("incident", $"{brandSlug}/{c.Key}"),
                BrandId = brandId,
                ClarificationId = id,
                Summary = c.Variants[source].Claim,
                Severity = severity,
                DetectedAt = c.DetectedAt,
                AnsweredAt = c.FirstPublishedAt,
                RecordedBy = "demo",
                RecordedAt = c.DetectedAt,
                Mentions = [.. (c.Mentions ?? []).Select(m => new IncidentMention { MentionId = AddMention(db, brandId, m, c.DetectedAt) })],
            });
        }
    }

    private static Guid AddMention(BrandContentDb db, Guid brandId, ClaimMention m, DateTimeOffset recordedAt)
    {
        var id = DemoContent.Id("mention", m.Url);
        db.Mentions.Add(new Mention
        {
            Id = id,
            BrandIds = [brandId],
            PublishedAt = m.PublishedAt,
            Outlet = m.Outlet,
            Url = m.Url,
            MarketCode = m.Market,
            Language = m.Language,
            Reach = m.Reach,
            Sentiment = Sentiment.Negative,
            FalseInformation = true,
            Headline = m.Headline,
            RecordedBy = "demo",
            RecordedAt = recordedAt,
        });
        return id;
    }

    private static Dictionary<string, List<ClarificationEntry>> Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Demo.Clarifications.clarifications.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, List<ClarificationEntry>>>(stream, DemoJson.Options)
            ?? throw new InvalidDataException($"{name} is empty.");
    }
}
