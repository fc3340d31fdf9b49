using System.Reflection;
using System.Text.Json;
using BrandContent.Localization;
using BrandContent.Plans;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Demo;

// The shape of Demo/Plans/plans.json: the seed plans' numbers, dates, tasks and reporting duties (text written by us,
// facts from the plans), with a few reports received for the demo year.
internal sealed record PlanFile(List<PlanEntry> Plans);

internal sealed record PlanEntry(
    string Key, string Brand, string? Number, DateOnly? IssuedOn, Dictionary<string, string> Titles, string IssuingBody,
    DateOnly StartsOn, DateOnly EndsOn, string? Parent, List<TaskEntry>? Tasks, List<DutyEntry>? Duties);

internal sealed record TaskEntry(
    string LeadUnit, List<string> CooperatingUnits, string Work, string Responsibility, DateOnly StartsOn, DateOnly EndsOn,
    decimal? BudgetAmount, string? BudgetCurrency, string BudgetSource, string ExpectedResult, PlanTaskStatus Status,
    List<EvidenceEntry>? Evidence, List<ProgressEntry>? Progress);

/// <summary>Evidence by demo key: the kind as the brand files name ids (story, post, event, asset) and the key.</summary>
internal sealed record EvidenceEntry(string Kind, string Key);

internal sealed record ProgressEntry(DateOnly On, string By, string Note);

internal sealed record DutyEntry(
    string Key, string ReportingUnit, string RecipientUnit, int? DueDay, int? DueMonth, bool OnRequest, string? Note, List<ReportEntry>? Reports);

internal sealed record ReportEntry(int Year, DateTimeOffset SubmittedAt, string SubmittedBy, string Summary, string? DocumentUrl);

/// <summary>Adds the demo plans whose brand exists and that are missing (by their fixed ids), so existing demo databases get them too.</summary>
internal static class DemoPlans
{
    public const string Actor = "demo";

    private static readonly Dictionary<string, ContentKind> EvidenceKinds = new()
    {
        ["story"] = ContentKind.Story,
        ["post"] = ContentKind.ChannelPost,
        ["event"] = ContentKind.Event,
        ["asset"] = ContentKind.Asset,
    };

    public static async Task<int> AddMissingAsync(BrandContentDb db, DateTimeOffset now, CancellationToken ct)
    {
        var file = Read();
        var brands = await db.Brands.ToDictionaryAsync(b => b.Slug, b => b.Id, ct);
        var existing = (await db.Plans.Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var entry in file.Plans.Where(p => brands.ContainsKey(p.Brand) && !existing.Contains(PlanId(p.Key))))
        {
            await AddAsync(db, entry, brands[entry.Brand], now, ct);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    internal static Guid PlanId(string key) => DemoContent.Id("plan", key);

    private static async Task AddAsync(BrandContentDb db, PlanEntry entry, Guid brandId, DateTimeOffset now, CancellationToken ct)
    {
        var plan = new Plan
        {
            Id = PlanId(entry.Key),
            BrandId = brandId,
            Number = entry.Number,
            IssuedOn = entry.IssuedOn,
            Titles = entry.Titles.ToDictionary(t => LocaleTag.Normalize(t.Key), t => t.Value),
            IssuingBody = entry.IssuingBody,
            StartsOn = entry.StartsOn,
            EndsOn = entry.EndsOn,
            ParentPlanId = entry.Parent is null ? null : PlanId(entry.Parent),
            CreatedAt = now,
        };
        db.Plans.Add(plan);
        foreach (var (task, position) in (entry.Tasks ?? []).Select((t, i) => (t, i + 1)))
        {
            await AddTaskAsync(db, plan, task, position, now, ct);
        }

        // A tick apart, so the duties are listed in the plan's own order.
        foreach (var (duty, index) in (entry.Duties ?? []).Select((d, i) => (d, i)))
        {
            var dutyId = DemoContent.Id("duty", $"{entry.Key}/{duty.Key}");
            db.ReportingDuties.Add(new ReportingDuty
            {
                Id = dutyId,
                PlanId = plan.Id,
                ReportingUnit = duty.ReportingUnit,
                RecipientUnit = duty.RecipientUnit,
                DueDay = duty.OnRequest ? null : duty.DueDay,
                DueMonth = duty.OnRequest ? null : duty.DueMonth,
                Note = duty.Note,
                CreatedAt = now.AddTicks(index * 10),
            });
            db.ReportSubmissions.AddRange((duty.Reports ?? []).Select(r => new ReportSubmission
            {
                Id = DemoContent.Id("report", $"{entry.Key}/{duty.Key}/{r.Year}/{r.SubmittedAt:O}"),
                DutyId = dutyId,
                Year = r.Year,
                SubmittedAt = r.SubmittedAt.ToUniversalTime(),
                SubmittedBy = r.SubmittedBy,
                Summary = r.Summary,
                DocumentUrl = r.DocumentUrl,
                RecordedBy = Actor,
                RecordedAt = now,
            }));
        }
    }

    private static async Task AddTaskAsync(BrandContentDb db, Plan plan, TaskEntry entry, int position, DateTimeOffset now, CancellationToken ct)
    {
        var task = new PlanTask
        {
            Id = DemoContent.Id("task", $"{plan.Id}/{position}"),
            PlanId = plan.Id,
            BrandId = plan.BrandId,
            Position = position,
            LeadUnit = entry.LeadUnit,
            CooperatingUnits = entry.CooperatingUnits,
            Work = entry.Work,
            Responsibility = entry.Responsibility,
            StartsOn = entry.StartsOn,
            EndsOn = entry.EndsOn,
            BudgetAmount = entry.BudgetAmount,
            BudgetCurrency = entry.BudgetCurrency,
            BudgetSource = entry.BudgetSource,
            ExpectedResult = entry.ExpectedResult,
            Status = entry.Status,
            CreatedAt = now,
        };
        db.PlanTasks.Add(task);
        db.PlanTaskProgress.AddRange((entry.Progress ?? []).Select(p => new PlanTaskProgress
        {
            TaskId = task.Id,
            On = p.On,
            By = p.By,
            Note = p.Note,
            RecordedBy = Actor,
            RecordedAt = now,
        }));

        // Evidence the brand's files no longer hold (a trimmed demo) is left out rather than pointing at nothing.
        foreach (var evidence in entry.Evidence ?? [])
        {
            var kind = EvidenceKinds[evidence.Kind];
            var id = DemoContent.Id(evidence.Kind, evidence.Key);
            if ((await db.ExistingInBrandAsync(kind, plan.BrandId, [id], ct)).Count == 1)
            {
                db.PlanTaskEvidence.Add(new PlanTaskEvidence { TaskId = task.Id, Kind = kind, ContentId = id, LinkedAt = now });
            }
        }
    }

    private static PlanFile Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Demo.Plans.plans.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<PlanFile>(stream, DemoJson.Options) ?? throw new InvalidDataException($"{name} is empty.");
    }
}
