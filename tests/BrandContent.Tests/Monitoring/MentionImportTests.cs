using System.Text;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Monitoring;

/// <summary>importMentions reads a monitoring tool's CSV export, all or nothing: every problem with its line, nothing saved.</summary>
public sealed class MentionImportTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_year_of_mentions_is_imported_from_CSV_and_listed_newest_first_by_market_and_sentiment()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var client = app.GraphQL();

        var imported = (await client.QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = MonitoringScene.YearOfMentions(2025) })).Ok();
        Assert.Equal(60, imported.GetProperty("importMentions").GetInt32());

        var all = (await client.QueryAsync(MonitoringScene.List, new { b = brand.Slug, first = 5 })).Ok().GetProperty("mentions");
        Assert.Equal(60, all.GetProperty("totalCount").GetInt32());
        var first = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.All(first, n => Assert.StartsWith("2025-12-10", n.GetProperty("publishedAt").GetString()));
        Assert.Equal([brand.Slug], first[0].GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(BrandContent.Access.AdminKeyBootstrap.KeyName, first[0].GetProperty("recordedBy").GetString());

        var korea = (await client.QueryAsync(MonitoringScene.List, new { b = brand.Slug, m = "kr", first = 200 })).Ok().GetProperty("mentions");
        Assert.Equal(24, korea.GetProperty("totalCount").GetInt32());
        var positiveKorea = (await client.QueryAsync(MonitoringScene.List, new { b = brand.Slug, m = "KR", s = "POSITIVE" })).Ok().GetProperty("mentions");
        Assert.Equal(12, positiveKorea.GetProperty("totalCount").GetInt32());
        var march = (await client.QueryAsync(MonitoringScene.List, new { b = brand.Slug, from = "2025-03-01T00:00:00Z", to = "2025-04-01T00:00:00Z" })).Ok().GetProperty("mentions");
        Assert.Equal(5, march.GetProperty("totalCount").GetInt32());

        // Pages follow each other without gaps or repeats.
        var seen = new HashSet<string>();
        string? after = null;
        do
        {
            var page = (await client.QueryAsync(MonitoringScene.List, new { b = brand.Slug, first = 25, after })).Ok().GetProperty("mentions");
            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                Assert.True(seen.Add(edge.GetProperty("node").GetProperty("url").GetString()!));
            }

            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(60, seen.Count);
    }

    [Fact]
    public async Task The_header_may_come_in_any_order_and_case_with_extra_columns_and_semicolons()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var csv = "\uFEFFSentiment;URL;Tool Score;Headline;Country;Language;Reach;Outlet;DATE\n"
            + "Positive;https://Tokyo.Example/a?utm_source=x&id=7#top;0.9;Gia Lai no matsuri;jp;JA;;Tokyo Tabi;2025-05-01T09:30:00+09:00\n";

        Assert.Equal(1, (await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv })).Ok().GetProperty("importMentions").GetInt32());

        await using var db = app.OpenDb();
        var mention = await db.Mentions.SingleAsync(m => m.BrandIds.Contains(brand.Id));
        Assert.Equal(("https://tokyo.example/a?id=7", "JP", "ja", (long?)null), (mention.Url, mention.MarketCode, mention.Language, mention.Reach));
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 0, 30, 0, TimeSpan.Zero), mention.PublishedAt);
    }

    [Fact]
    public async Task A_bad_CSV_is_refused_with_a_problem_per_line_and_column_and_nothing_is_saved()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var stored = $"https://stored.example/{Guid.NewGuid():N}";
        (await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = MonitoringScene.Csv(MonitoringScene.Row("2025-01-01", "KR", "positive", url: stored)) })).Ok();
        var twice = $"https://twice.example/{Guid.NewGuid():N}";
        var csv = MonitoringScene.Csv(
            MonitoringScene.Row("2025-01-02", "KR", "positive"),                                    // line 2: fine
            MonitoringScene.Row("02/01/2025", "KR", "positive"),                                    // line 3: not ISO 8601
            MonitoringScene.Row("2025-01-03", "KR", "glowing"),                                     // line 4: no such sentiment
            MonitoringScene.Row("2025-01-04", "KR", "neutral", url: twice),                         // line 5
            MonitoringScene.Row("2025-01-05", "KR", "neutral", url: twice + "#again"),              // line 6: the same URL once normalized
            MonitoringScene.Row("2025-01-06", "KR", "neutral", url: stored),                        // line 7: already recorded
            MonitoringScene.Row("2025-01-07", "KR", "neutral", headline: "Bell\u0007 ringing"),      // line 8: control character
            MonitoringScene.Row("2025-01-08", "KR", "neutral", outlet: "=cmd|' /C calc'!A0"),       // line 9: a formula
            MonitoringScene.Row("2025-01-09", "KR", "neutral", headline: "<script>alert(1)</script>"), // line 10: markup
            MonitoringScene.Row("2025-01-10", "KR", "neutral", headline: new string('x', 600)),     // line 11: too long
            MonitoringScene.Row("2025-01-11", "XX", "neutral", url: "javascript:alert(1)"),         // line 12: unknown market, not http(s)
            MonitoringScene.Row("2025-01-12", "KR", "neutral", reach: "-5", language: "not a tag")); // line 13: reach, language

        var response = await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv });

        var problems = XliffFiles.Problems(response);
        Assert.Equal(
            [
                ("line 3: date", "FORMAT"), ("line 4: sentiment", "FORMAT"), ("line 6: url", "DUPLICATE_ROW"), ("line 7: url", "MENTION_RECORDED"),
                ("line 8: headline", "SINGLE_LINE"), ("line 9: outlet", "FORMULA"), ("line 10: headline", "MARKUP"), ("line 11: headline", "MAX_LENGTH"),
                ("line 12: url", "URL"), ("line 12: country", "REFERENCE"), ("line 13: language", "LOCALE_TAG"), ("line 13: reach", "FORMAT"),
            ],
            problems.Select(p => (p.Field, p.Rule)));
        Assert.Contains("on line 5", problems.Single(p => p.Rule == "DUPLICATE_ROW").Message);

        await using var db = app.OpenDb();
        Assert.Equal(1, await db.Mentions.CountAsync(m => m.BrandIds.Contains(brand.Id)));
    }

    [Fact]
    public async Task Problems_are_explained_in_Vietnamese_to_a_Vietnamese_caller()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var response = await app.GraphQL().QueryAsync(
            MonitoringScene.Import, new { b = brand.Slug, csv = MonitoringScene.Csv(MonitoringScene.Row("2025-01-01", "KR", "positive", outlet: "@SUM(1+1)")) }, acceptLanguage: "vi");

        var problem = Assert.Single(XliffFiles.Problems(response));
        Assert.Equal(("line 2: outlet", "FORMULA"), (problem.Field, problem.Rule));
        Assert.Contains("công thức", problem.Message);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_naming_the_columns()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var csv = "date,outlet,url,language,reach,headline\n2025-01-01,Seoul Daily,https://a.example/1,ko,1,x\n";

        var problem = Assert.Single(XliffFiles.Problems(await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv })));

        Assert.Equal(("line 1", "MISSING_COLUMN"), (problem.Field, problem.Rule));
        Assert.Contains("country, sentiment", problem.Message);
    }

    [Fact]
    public async Task An_unclosed_quote_is_a_problem_of_its_line_and_an_empty_file_imports_nothing()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var broken = MonitoringScene.Csv(MonitoringScene.Row("2025-01-01", "KR", "positive"), "2025-01-02,\"Seoul Daily,https://a.example/2,KR,ko,1,positive,x");

        var problems = XliffFiles.Problems(await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = broken }));
        Assert.Contains(problems, p => p.Field == "line 3" && p.Rule == "CSV_MALFORMED");

        var empty = XliffFiles.Problems(await app.GraphQL().QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = MonitoringScene.Header + "\n" }));
        Assert.Equal([("line 2", "REQUIRED")], empty.Select(p => (p.Field, p.Rule)));

        await using var db = app.OpenDb();
        Assert.False(await db.Mentions.AnyAsync(m => m.BrandIds.Contains(brand.Id)));
    }

    [Fact]
    public async Task Files_over_the_row_or_byte_limit_are_refused_before_anything_is_checked()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        await using var server = app.With(("BrandContent:Monitoring:MaxImportRows", "3"), ("BrandContent:Monitoring:MaxImportBytes", "2000"));
        var client = server.GraphQL();

        var rows = MonitoringScene.Csv([.. Enumerable.Range(1, 4).Select(d => MonitoringScene.Row($"2025-01-0{d}", "KR", "positive"))]);
        Assert.Equal([("line 5", "TOO_MANY_ROWS")], XliffFiles.Problems(await client.QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = rows })).Select(p => (p.Field, p.Rule)));

        var big = MonitoringScene.Csv(MonitoringScene.Row("2025-01-01", "KR", "positive", headline: new string('y', 2100)));
        var problem = Assert.Single(XliffFiles.Problems(await client.QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv = big })));
        Assert.Equal(("csv", "FILE_TOO_LARGE"), (problem.Field, problem.Rule));
        Assert.Contains(Encoding.UTF8.GetByteCount(big).ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Message);
    }

    [Fact]
    public async Task A_file_larger_than_an_ordinary_request_is_imported_but_the_allowance_serves_no_other_operation()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var client = app.GraphQL();
        // About 1,900 rows: past the 256 KiB every other request keeps, within the import's own 1 MB.
        var csv = MonitoringScene.Csv([.. Enumerable.Range(0, 1900).Select(i => MonitoringScene.Row("2025-06-01", "KR", "positive", headline: $"Gia Lai gong festival report {i} " + new string('x', 60)))]);
        Assert.InRange(Encoding.UTF8.GetByteCount(csv), 256 * 1024 + 1, 1_000_000);

        var imported = (await client.QueryAsync(MonitoringScene.Import, new { b = brand.Slug, csv })).Ok();
        Assert.Equal(1900, imported.GetProperty("importMentions").GetInt32());

        var other = await client.QueryAsync("mutation($b: String!, $csv: String!) { importMentions(brand: $b, csv: \"\") other: createEvent(brand: $b, input: { startsOn: \"2026-01-01\", endsOn: \"2026-01-02\", place: $csv }) { id } }", new { b = brand.Slug, csv });
        Assert.Equal(["REQUEST_TOO_LARGE"], other.ErrorCodes);
    }
}
