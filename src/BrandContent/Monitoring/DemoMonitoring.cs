using BrandContent.Brands;
using BrandContent.Demo;
using BrandContent.Kpis;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Monitoring;

/// <summary>
/// Demo monitoring for the brands being loaded: Gia Lai's indicators from its plan (seed 001: positive coverage abroad
/// "ít nhất 20%/năm", fast answers to false information), and a year and the year before of mentions across its
/// markets so they have values and months; a few mentions of Đồng Nai. Outlets, addresses and headlines are made up
/// (the .example domain); the plan states no baseline, so the demo's is the share its previous year measures.
/// </summary>
public static class DemoMonitoring
{
    public const string GiaLai = "gia-lai";
    public const string DongNai = "dong-nai";

    /// <summary>Positive foreign mentions per month out of <see cref="ForeignPerMonth"/>: 40 % the year before, about 51 % this year.</summary>
    private static readonly int[] PositiveLastYear = [4, 3, 5, 4, 4, 3, 5, 4, 4, 3, 5, 4];
    private static readonly int[] PositiveThisYear = [4, 5, 5, 4, 6, 5, 5, 6, 5, 6, 5, 6];
    private const int ForeignPerMonth = 10;
    private const int NegativePerMonth = 2;

    private sealed record Outlet(string Market, string Language, string Name, string Host, long Reach, string Positive, string Neutral, string Negative);

    private static readonly Outlet[] Outlets =
    [
        new("KR", "ko", "Seoul Travel Weekly", "seoul-travel-weekly.example", 120_000, "{0}: 한국 여행객이 사랑하는 새로운 여행지", "{0} 여행 정보", "{0} 관광지 혼잡 우려"),
        new("JP", "ja", "Tokyo Tabi Shimbun", "tokyo-tabi.example", 90_000, "{0}の魅力を再発見", "{0}の観光案内", "{0}の交通に課題"),
        new("CN", "zh-Hans", "Huanan Lvyou Bao", "huanan-lvyou.example", 150_000, "{0}：值得一游的好去处", "{0}旅游简讯", "{0}旅游服务有待改进"),
        new("US", "en", "Pacific Travel Journal", "pacific-travel.example", 200_000, "{0} is Vietnam's next great escape", "A guide to {0}", "Crowds worry visitors in {0}"),
        new("FR", "fr", "Carnets d'Asie", "carnets-asie.example", 60_000, "{0}, une découverte inoubliable", "Voyager à {0}", "{0} : des infrastructures encore limitées"),
        new("ASEAN", "en", "ASEAN Travel Review", "asean-travel-review.example", 80_000, "{0} shines in the region", "{0} at a glance", "{0} faces tourism growing pains"),
    ];

    private static readonly Outlet Home =
        new("VN", "vi", "Báo Du lịch Cao nguyên", "du-lich-cao-nguyen.example", 50_000, "{0} hút khách dịp cuối tuần", "{0} chuẩn bị mùa lễ hội", "{0}: phản ánh về dịch vụ");

    public static void AddDemoMonitoring(this BrandContentDb db, DateTimeOffset now)
    {
        var added = db.ChangeTracker.Entries<Brand>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Slug).ToHashSet();
        if (added.Contains(GiaLai))
        {
            var brandId = DemoContent.Id("brand", GiaLai);
            AddMentions(db, brandId, "Gia Lai", now.Year - 1, PositiveLastYear, now);
            AddMentions(db, brandId, "Gia Lai", now.Year, PositiveThisYear, now);
            db.KpiDefinitions.AddRange(GiaLaiKpis(brandId, now));
        }

        if (added.Contains(DongNai))
        {
            AddMentions(db, DemoContent.Id("brand", DongNai), "Đồng Nai", now.Year, [1, 1, 0], now, foreignPerMonth: 2, months: 3);
        }

    }

    /// <summary>Each month: the foreign mentions (round the outlets), the given positives first, then negatives, then neutral; two at home.</summary>
    private static void AddMentions(BrandContentDb db, Guid brandId, string place, int year, int[] positives, DateTimeOffset now, int foreignPerMonth = ForeignPerMonth, int months = 12)
    {
        var slug = place == "Gia Lai" ? GiaLai : DongNai;
        for (var month = 1; month <= months; month++)
        {
            for (var i = 0; i < foreignPerMonth + 2; i++)
            {
                var foreign = i < foreignPerMonth;
                var outlet = foreign ? Outlets[(i + month) % Outlets.Length] : Home;
                var sentiment = !foreign || i < positives[month - 1] ? Sentiment.Positive
                    : i < positives[month - 1] + NegativePerMonth ? Sentiment.Negative : Sentiment.Neutral;
                var publishedAt = new DateTimeOffset(year, month, 1 + (i * 2), 3, 0, 0, TimeSpan.Zero);
                if (publishedAt > now)
                {
                    continue;
                }

                var headline = string.Format(sentiment switch
                {
                    Sentiment.Positive => outlet.Positive,
                    Sentiment.Negative => outlet.Negative,
                    _ => outlet.Neutral,
                }, place);
                db.Mentions.Add(new Mention
                {
                    BrandIds = [brandId],
                    PublishedAt = publishedAt,
                    Outlet = outlet.Name,
                    Url = $"https://{outlet.Host}/{year}/{month:00}/{slug}-{i + 1}",
                    MarketCode = outlet.Market,
                    Language = outlet.Language,
                    Reach = outlet.Reach + (i * 1_000),
                    Sentiment = sentiment,
                    // The demo's false information is what its incidents answer (Demo/Clarifications): generated coverage carries none.
                    FalseInformation = false,
                    Headline = headline,
                    RecordedBy = "demo",
                    RecordedAt = now,
                });
            }
        }
    }

    private static IEnumerable<KpiDefinition> GiaLaiKpis(Guid brandId, DateTimeOffset now)
    {
        KpiDefinition Kpi(string code, KpiMeasure measure, KpiTargetKind kind, decimal value, KpiDirection direction, string vi, string en, string viDefinition, string enDefinition) => new()
        {
            BrandId = brandId,
            Code = code,
            FromYear = 2026,
            ToYear = 2030,
            Measure = measure,
            TargetKind = kind,
            TargetValue = value,
            Direction = direction,
            Names = new() { ["vi"] = vi, ["en"] = en },
            Definitions = new() { ["vi"] = viDefinition, ["en"] = enDefinition },
            UpdatedBy = "demo",
            UpdatedAt = now,
        };

        var share = Kpi(
            "POSITIVE_FOREIGN_SHARE", KpiMeasure.PositiveForeignShare, KpiTargetKind.RelativeGrowth, 20m, KpiDirection.AtLeast,
            "Tỷ lệ thông tin tích cực trên truyền thông quốc tế", "Share of positive international coverage",
            "Số tin tích cực chia cho tổng số tin về Gia Lai ngoài Việt Nam, tính theo %. Mục tiêu \"tăng ít nhất 20%/năm\" (Kế hoạch của UBND tỉnh Gia Lai): "
                + "tỷ lệ năm nay ≥ tỷ lệ năm trước × 1,20 (tăng tương đối, không phải cộng 20 điểm %).",
            "Positive mentions divided by all mentions of Gia Lai outside Việt Nam, in percent. Target \"up at least 20 % a year\" (Gia Lai's plan): "
                + "this year's share ≥ last year's share × 1.20 (relative growth, not 20 percentage points).");
        share.Baseline = 40m;
        yield return share;

        yield return Kpi(
            "INCIDENT_RESPONSE_MEDIAN", KpiMeasure.IncidentResponseMedian, KpiTargetKind.Absolute, 24m, KpiDirection.AtMost,
            "Thời gian phản bác thông tin sai lệch (trung vị)", "Time to answer false information (median)",
            "Trung vị số giờ từ khi phát hiện sự cố thông tin sai lệch đến khi có thông tin chính thống; mục tiêu: không quá 24 giờ.",
            "The median hours from detecting an incident of false information to the official answer; target: 24 hours at most.");

        var kr = Kpi(
            "MENTIONS_KR", KpiMeasure.Mentions, KpiTargetKind.Absolute, 20m, KpiDirection.AtLeast,
            "Số tin về Gia Lai tại Hàn Quốc", "Mentions of Gia Lai in Korea",
            "Số tin về Gia Lai trên báo chí và mạng xã hội Hàn Quốc trong năm; mục tiêu: ít nhất 20.",
            "Mentions of Gia Lai in Korean media and social networks over the year; target: at least 20.");
        kr.Market = "KR";
        yield return kr;

        var coverage = Kpi(
            "TRANSLATION_COVERAGE_KR", KpiMeasure.TranslationCoverage, KpiTargetKind.Absolute, 80m, KpiDirection.AtLeast,
            "Tỷ lệ nội dung có bản tiếng Hàn", "Content served in Korean",
            "Tỷ lệ nội dung của Gia Lai mà độc giả Hàn Quốc đọc được bằng tiếng Hàn (theo tổng quan bản dịch); mục tiêu: ít nhất 80%.",
            "The share of Gia Lai's content that Korean readers are served in Korean (the translation overview's rule); target: at least 80 %.");
        coverage.Market = "KR";
        yield return coverage;
    }
}
