using System.Globalization;
using System.Text;
using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Monitoring;

/// <summary>
/// Imports a monitoring tool's CSV export for a brand, all or nothing: the whole file is read and checked first, and
/// any problem (each named "line N: column", like importXliff's) refuses it with nothing saved; else every row is
/// recorded in one transaction.
/// </summary>
public sealed class MentionImport(BrandContentDb db, IOptions<MonitoringOptions> options, TimeProvider clock)
{
    /// <summary>Dates the file may give: ISO 8601 days or times; without an offset, UTC. d/m and m/d orders are refused, not guessed.</summary>
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK"];

    /// <summary>The earliest date a mention may carry; anything before is a typing error.</summary>
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<int> ImportAsync(Guid brandId, string content, EditContext edit, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var bytes = Encoding.UTF8.GetByteCount(content);
        if (bytes > limits.MaxImportBytes)
        {
            throw new ValidationFailedException([new FieldProblem("csv", MonitoringRules.FileTooLarge, limits.MaxImportBytes, bytes)]);
        }

        var problems = new List<FieldProblem>();
        var rows = MentionCsv.Read(content, limits.MaxImportRows, problems);
        var now = clock.GetUtcNow();
        var markets = await MentionChecks.KnownMarketsAsync(db, cancellationToken);
        var read = rows.Select(row => (Row: row, Input: Check(row, markets, now, problems, out var url, out var language), Url: url, Language: language)).ToList();

        var firstLine = new Dictionary<string, int>();
        foreach (var (row, _, url, _) in read.Where(r => r.Url is not null))
        {
            if (!firstLine.TryAdd(url!, row.Line))
            {
                problems.Add(new FieldProblem($"line {row.Line}: {MentionCsv.Url}", MonitoringRules.DuplicateRow, url, firstLine[url!]));
            }
        }

        var urls = firstLine.Keys.ToList();
        var recorded = (await db.Mentions.Where(m => urls.Contains(m.Url)).Select(m => m.Url).ToListAsync(cancellationToken)).ToHashSet();
        problems.AddRange(read.Where(r => r.Url is not null && recorded.Contains(r.Url))
            .Select(r => new FieldProblem($"line {r.Row.Line}: {MentionCsv.Url}", MonitoringRules.MentionRecorded, r.Url)));
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new FieldProblem("line 2", ValidationRule.Required));
        }

        ValidationFailedException.ThrowIfAny(problems.OrderBy(p => LineOf(p.Field)));

        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var mentions = read.Select(r => MentionEditing.New([brandId], r.Input!, r.Url!, r.Language!, [], edit, now)).ToList();
        db.Mentions.AddRange(mentions);
        db.Record(edit, now, MentionEditing.AuditKind, null, null, null, new { BrandId = brandId, Imported = mentions.Count, Bytes = bytes });
        await MentionEditing.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mentions.Count;
    }

    private static MentionInput? Check(MentionCsvRow row, ISet<string> markets, DateTimeOffset now, List<FieldProblem> problems, out string? url, out string? language)
    {
        string At(string column) => $"line {row.Line}: {column}";
        var before = problems.Count;
        var date = Date(problems, At(MentionCsv.Date), row.Date, now);
        MentionChecks.PlainLine(problems, At(MentionCsv.Outlet), row.Outlet, Mention.OutletMaxLength, required: true);
        url = MentionChecks.Url(problems, At(MentionCsv.Url), row.Url);
        MentionChecks.Market(problems, At(MentionCsv.Country), row.Country, markets);
        language = MentionChecks.Language(problems, At(MentionCsv.Language), row.Language);
        var reach = Reach(problems, At(MentionCsv.Reach), row.Reach);
        var sentiment = SentimentOf(problems, At(MentionCsv.Sentiment), row.Sentiment);
        MentionChecks.PlainLine(problems, At(MentionCsv.Headline), row.Headline, Mention.HeadlineMaxLength, required: false);
        return problems.Count > before
            ? null
            : new MentionInput(date!.Value, row.Outlet, row.Url, row.Country, row.Language, reach, sentiment!.Value, false, null, row.Headline);
    }

    private static DateTimeOffset? Date(List<FieldProblem> problems, string field, string value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Required));
            return null;
        }

        if (!DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Format, value, "YYYY-MM-DD"));
            return null;
        }

        // A day ahead at most: the tool's clock may be in a zone ahead of UTC.
        var latest = now.AddDays(1);
        if (date < Earliest || date > latest)
        {
            problems.Add(new FieldProblem(field, ValidationRule.Range, Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value));
            return null;
        }

        return date;
    }

    private static long? Reach(List<FieldProblem> problems, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var reach))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Format, value, "0, 1, 2 …"));
            return null;
        }

        return reach;
    }

    private static Sentiment? SentimentOf(List<FieldProblem> problems, string field, string value)
    {
        // Names only: Enum.TryParse would also take "1" or "Positive, Negative".
        var found = Enum.GetValues<Sentiment>().Where(s => string.Equals(s.ToConstantCase(), value.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == 1)
        {
            return found[0];
        }

        problems.Add(string.IsNullOrWhiteSpace(value)
            ? new FieldProblem(field, ValidationRule.Required)
            : new FieldProblem(field, ValidationRule.Format, value, string.Join(", ", Enum.GetValues<Sentiment>().Select(s => s.ToConstantCase()))));
        return null;
    }

    private static int LineOf(string field) =>
        field.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(field.AsSpan(5, field.IndexOfAny([':', ' '], 5) is var end and > 0 ? end - 5 : field.Length - 5), out var line) ? line : 0;
}
