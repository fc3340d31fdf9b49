using System.Globalization;
using System.Text;
using BrandContent.Brands;
using BrandContent.Pillars;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Monitoring;

/// <summary>A brand of the test's own with a pillar, and monitoring exports written the way tools write them.</summary>
public static class MonitoringScene
{
    public const string Import = "mutation($b: String!, $csv: String!) { importMentions(brand: $b, csv: $csv) }";

    public const string List =
        "query($b: String!, $m: String, $s: Sentiment, $from: DateTimeOffset, $to: DateTimeOffset, $first: Int, $after: String) { "
        + "mentions(brand: $b, market: $m, sentiment: $s, from: $from, to: $to, first: $first, after: $after) { totalCount "
        + "pageInfo { hasNextPage endCursor } edges { node { url outlet market language reach sentiment headline publishedAt brands recordedBy } } } }";

    public const string Header = "date,outlet,url,country,language,reach,sentiment,headline";

    public static async Task<(Brand Brand, Pillar Pillar)> BrandAsync(BrandContentApp app)
    {
        var brand = TestContent.Brand();
        var pillar = TestContent.Pillar(brand, "gong");
        await using var db = app.OpenDb();
        db.AddRange(brand, pillar);
        await db.SaveChangesAsync();
        return (brand, pillar);
    }

    /// <summary>One CSV row; the URL is unique to the test run unless given.</summary>
    public static string Row(string date, string country, string sentiment, string? url = null, string outlet = "Seoul Daily", string language = "ko", string reach = "1000", string headline = "Gia Lai gong festival") =>
        string.Join(',', date, outlet, url ?? $"https://news.example/{Guid.NewGuid():N}", country, language, reach, sentiment, Quote(headline));

    public static string Csv(params string[] rows) => new StringBuilder(Header).Append('\n').AppendJoin('\n', rows).Append('\n').ToString();

    private static string Quote(string text) => text.Contains(',') || text.Contains('"') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;

    /// <summary>A year of coverage: each month, two Korean (one positive), one Japanese negative, one US neutral, one Vietnamese positive.</summary>
    public static string YearOfMentions(int year) =>
        Csv([.. Enumerable.Range(1, 12).SelectMany(month =>
        {
            var day = new DateOnly(year, month, 10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new[]
            {
                Row(day, "KR", "positive"),
                Row(day, "kr", "NEUTRAL"),
                Row(day, "JP", "Negative", language: "ja"),
                Row(day, "US", "neutral", language: "en"),
                Row(day, "VN", "positive", language: "vi"),
            };
        })]);
}
