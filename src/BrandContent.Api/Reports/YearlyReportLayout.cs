using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Partners;
using BrandContent.Plans;
using BrandContent.Reports;

namespace BrandContent.Api.Reports;

/// <summary>
/// What a yearly report says and in which order: numbered sections (I, II, …) as Vietnamese administrative reports
/// number them, each with its tables and charts. Both documents are drawn from this one layout.
/// </summary>
public static class YearlyReportLayout
{
    /// <summary>The chart names tests and readers find them by (the chart part's title follows the language).</summary>
    public const string CoverageChart = "coverage";
    public const string PositiveShareChart = "positive-share";

    private static readonly int[] Months = [.. Enumerable.Range(1, 12)];
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public static ReportOutline Compose(YearlyReport report, ReportText text)
    {
        var generated = ReportPeriod.Today(report.GeneratedAt);
        var title = new ReportTitle(
            text["Title.Issuer", report.Brand.Name.ToUpper(text.Culture)],
            text["Nation.Line1"],
            text["Nation.Line2"],
            text["Title.DateLine", report.Brand.Name, generated.Day.ToString("00", text.Culture), generated.Month.ToString("00", text.Culture), generated.Year],
            text["Title.Kind"],
            text["Title.Text", report.Brand.Name, report.Period.Year],
            text["Title.Basis", text.Date(report.Period.FirstDay), text.Date(report.Period.LastDay), text.Date(generated)]);
        var sections = new List<(string Heading, IEnumerable<ReportBlock> Blocks)>
        {
            (text["Summary.Heading"], Summary(report, text)),
            (text["Tasks.Heading"], Tasks(report.Tasks, text)),
            (text["Publishing.Heading"], Publishing(report.Publishing, text)),
            (text["Events.Heading"], Events(report.Events, text)),
            (text["Coverage.Heading"], Coverage(report.TranslationCoverage, text)),
            (text["Kpis.Heading"], Kpis(report.Kpis, text)),
            (text["Incidents.Heading"], Incidents(report.Incidents, text)),
            (text["Partners.Heading"], Partners(report.PartnersReached, text)),
        };
        var blocks = sections.SelectMany((section, i) => section.Blocks.Prepend(new ReportHeading($"{Numerals[i]}. {section.Heading}", 1))).ToList();
        return new ReportOutline(title, blocks);
    }

    private static IEnumerable<ReportBlock> Summary(YearlyReport report, ReportText text)
    {
        var tasks = report.Tasks;
        if (tasks.Count > 0)
        {
            yield return new ReportParagraph(text["Summary.Tasks", text.Number(tasks.Count), text.Number(tasks.Count(t => t.Status == PlanTaskStatus.Done)),
                text.Number(tasks.Count(t => t.Status is PlanTaskStatus.NotStarted or PlanTaskStatus.InProgress)), text.Number(tasks.Count(t => t.Status == PlanTaskStatus.Overdue))]);
        }

        var published = report.Publishing;
        int Of(ContentKind kind) => published.ByKind.FirstOrDefault(k => k.Kind == kind)?.Items ?? 0;
        yield return new ReportParagraph(text["Summary.Published", text.Number(published.Items), text.Number(Of(ContentKind.Story)), text.Number(Of(ContentKind.ChannelPost))]);
        var held = report.Events.Count(e => e.Progress == EventProgress.Held);
        yield return new ReportParagraph(text["Summary.Events", text.Number(held), text.Number(report.Events.Count - held)]);
        var shares = report.TranslationCoverage.Where(c => c.ServedInLocalePercent is not null).Select(c => c.ServedInLocalePercent!.Value).ToList();
        if (shares.Count > 0)
        {
            var average = Math.Round(shares.Average(), 1, MidpointRounding.AwayFromZero);
            yield return new ReportParagraph(text["Summary.Coverage", text.Number(report.TranslationCoverage.Count), text.Percent(average)]);
        }

        var incidents = report.Incidents;
        if (incidents.Items.Count > 0)
        {
            yield return new ReportParagraph(text["Summary.Incidents", text.Number(incidents.Items.Count), text.Number(incidents.Answered), text.Value(incidents.MedianResponseHours)]);
        }

        var kpis = report.Kpis.Results;
        if (kpis.Count > 0)
        {
            yield return new ReportParagraph(text["Summary.Kpis", text.Number(kpis.Count), text.Number(kpis.Count(k => k.Status == KpiStatus.OnTrack)),
                text.Number(kpis.Count(k => k.Status == KpiStatus.AtRisk)), text.Number(kpis.Count(k => k.Status == KpiStatus.Missed))]);
        }
    }

    private static IEnumerable<ReportBlock> Tasks(IReadOnlyList<TaskSummary> tasks, ReportText text)
    {
        yield return new ReportParagraph(text["Tasks.Intro"]);
        yield return Table(
            [text["Column.Plan"], text["Column.Work"], text["Column.LeadUnit"], text["Column.Dates"], text["Column.Status"], text["Column.Evidence"]],
            tasks.Select(t => Row(
                t.PlanNumber, t.Work, t.LeadUnit, text.Dates(t.Start, t.End), text.Status(t.Status),
                string.Join("; ", t.Evidence.Select(e => $"{text.Kind(e.Kind)}: {e.Title}")))),
            text,
            numeric: [false, false, false, false, false, false]);
    }

    private static IEnumerable<ReportBlock> Kpis(ReportKpis kpis, ReportText text)
    {
        yield return new ReportParagraph(text["Kpis.Intro"]);
        var results = kpis.Results;
        yield return Table(
            [text["Column.Indicator"], text["Column.Unit"], text["Column.Baseline"], text["Column.Target"], text["Column.Value"], text["Column.Status"]],
            results.Select(k => Row(k.Name, text.Unit(k.Unit), text.Value(k.Baseline), text.Value(k.Target), text.Value(k.Value), text.Status(k.Status))),
            text,
            numeric: [false, false, true, true, true, false]);
        if (results.Count > 0)
        {
            yield return new ReportHeading(text["Kpis.Definitions"], 2);
            yield return Table([text["Column.Indicator"], text["Column.Definition"]], results.Select(k => Row(k.Name, k.Definition)), text, numeric: [false, false]);
            yield return new ReportHeading(text["Kpis.Series"], 2);
            yield return Table(
                [text["Column.Indicator"], .. Months.Select(text.Month)],
                results.Select(k => (IReadOnlyList<string>)[k.Name, .. Months.Select(m => text.Value(k.Series.FirstOrDefault(p => p.Month == m)?.Value))]),
                text);
        }

        if (kpis.PositiveShare is { } share)
        {
            yield return new ReportChart(
                PositiveShareChart, text["Kpis.Chart"], ChartShape.Line, [.. Months.Select(text.Month)],
                [
                    new ChartSeries(text["Kpis.ChartValue"], [.. Months.Select(m => share.Series.FirstOrDefault(p => p.Month == m)?.Value)]),
                    new ChartSeries(text["Kpis.ChartTarget"], [.. Months.Select(_ => share.Target)]),
                ],
                0,
                null);
        }
        else
        {
            yield return new ReportParagraph(text["Kpis.NoPositiveShare"]);
        }
    }

    private static IEnumerable<ReportBlock> Publishing(ReportPublishing publishing, ReportText text)
    {
        yield return new ReportParagraph(text["Publishing.Intro"]);
        yield return new ReportHeading(text["Publishing.ByKind"], 2);
        yield return Table(
            [text["Column.Kind"], text["Column.Items"]],
            publishing.ByKind.Select(k => Row(text.Kind(k.Kind), text.Number(k.Items)))
                .Append(Row(text["Column.Total"], text.Number(publishing.Items))));
        yield return new ReportHeading(text["Publishing.ByPillar"], 2);
        yield return Table(
            [text["Column.Pillar"], text["Column.Stories"], text["Column.Posts"], text["Column.Assets"], text["Column.Total"]],
            publishing.ByPillar.Select(p => Row(p.Name, text.Number(p.Stories), text.Number(p.Posts), text.Number(p.Assets), text.Number(p.Total))),
            text);
        yield return new ReportHeading(text["Publishing.ByMarket"], 2);
        yield return Table(
            [text["Column.Market"], text["Column.Locale"], text["Column.ItemsInLocale"], text["Column.PostsForMarket"], text["Column.Sent"]],
            publishing.ByMarket.Select(m => Row($"{m.Name} ({m.Market})", m.Locale, text.Number(m.Items), text.Number(m.Posts), text.Number(m.Sent))),
            text,
            numeric: [false, false, true, true, true]);
        yield return new ReportHeading(text["Publishing.ByChannel"], 2);
        yield return Table(
            [text["Column.Channel"], text["Column.Posts"], text["Column.Sent"]],
            publishing.ByChannel.Select(c => Row($"{c.Name} ({c.Channel})", text.Number(c.Posts), text.Number(c.Sent))),
            text);
    }

    private static IEnumerable<ReportBlock> Events(IReadOnlyList<ReportEvent> events, ReportText text)
    {
        yield return new ReportParagraph(text["Events.Intro"]);
        yield return Table(
            [text["Column.Event"], text["Column.Dates"], text["Column.Place"], text["Column.Status"]],
            events.Select(e => Row(e.Name, text.Dates(e.StartsOn, e.EndsOn), e.Place, text.Progress(e.Progress))),
            text,
            numeric: [false, false, false, false]);
    }

    private static IEnumerable<ReportBlock> Coverage(IReadOnlyList<ReportMarketCoverage> coverage, ReportText text)
    {
        yield return new ReportParagraph(text["Coverage.Intro"]);
        yield return Table(
            [text["Column.Market"], text["Column.Locale"], text["Column.Items"], text["Column.Published"], text["Column.InReview"], text["Column.Draft"],
                text["Column.Outdated"], text["Column.Missing"], text["Column.ServedInLocale"], text["Column.ServedPercent"], text["Column.ServedInFallback"], text["Column.NotServed"]],
            coverage.Select(c => Row(
                $"{c.Name} ({c.Counts.Market})", c.Counts.Locale, text.Number(c.Counts.Total), text.Number(c.Counts.Published), text.Number(c.Counts.InReview),
                text.Number(c.Counts.Draft + c.Counts.Approved), text.Number(c.Counts.Outdated), text.Number(c.Counts.Missing),
                text.Number(c.Counts.ServedInLocale), text.Percent(c.ServedInLocalePercent), text.Number(c.Counts.ServedInFallback), text.Number(c.Counts.NotServed))),
            text,
            numeric: [false, false, .. Enumerable.Repeat(true, 10)]);
        if (coverage.Count > 0)
        {
            yield return new ReportChart(
                CoverageChart, text["Coverage.Chart"], ChartShape.Bar, [.. coverage.Select(c => c.Counts.Market)],
                [new ChartSeries(text["Coverage.Series"], [.. coverage.Select(c => c.ServedInLocalePercent)])], 0, 100);
        }
    }

    private static IEnumerable<ReportBlock> Incidents(ReportIncidents incidents, ReportText text)
    {
        yield return new ReportParagraph(text["Incidents.Intro"]);
        yield return Table(
            [text["Column.Incident"], text["Column.Severity"], text["Column.DetectedAt"], text["Column.AnsweredAt"], text["Column.ResponseHours"], text["Column.Mentions"]],
            incidents.Items.Select(i => Row(
                i.Summary, text.Severity(i.Severity), text.Moment(i.DetectedAt), i.AnsweredAt is { } answered ? text.Moment(answered) : text["Incidents.Open"],
                i.ResponseTime is { } took ? text.Value(ReportIncidents.Hours(took)) : text["NotApplicable"], text.Number(i.MentionCount))),
            text,
            numeric: [false, false, false, false, true, true]);
    }

    private static IEnumerable<ReportBlock> Partners(ReportPartnersReached partners, ReportText text)
    {
        yield return new ReportParagraph(text["Partners.Intro", text.Number(partners.Partners)]);
        yield return Table(
            [text["Column.Market"], text["Column.PartnersReached"]],
            partners.ByMarket.Select(m => Row($"{m.Name} ({m.Market})", text.Number(m.Partners))),
            text);
    }

    private static IReadOnlyList<string> Row(params string[] cells) => cells;

    /// <summary>A table; every column but the first is numeric unless told; no rows is one "nothing" line instead.</summary>
    private static ReportBlock Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, ReportText? text = null, IReadOnlyList<bool>? numeric = null)
    {
        var list = rows.ToList();
        if (list.Count == 0 && text is not null)
        {
            return new ReportParagraph(text["Empty"]);
        }

        return new ReportTable(header, list, numeric ?? [.. header.Select((_, i) => i > 0)]);
    }
}
