using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>Reporting duties of a plan and the reports received under them: checked and audited.</summary>
public static class ReportingDuties
{
    public const string DutyAuditKind = "ReportingDuty";
    public const string ReportAuditKind = "ReportSubmission";

    public static async Task<ReportingDuty> CreateReportingDutyAsync(
        this BrandContentDb db, Guid planId, ReportingDutyInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        _ = await db.PlanBrandAsync(planId, ct) ?? throw new BrandContentException(ErrorCode.NotFound, PlanEditing.AuditKind, planId);
        ValidationFailedException.ThrowIfAny(Validate(input));
        var duty = new ReportingDuty
        {
            PlanId = planId,
            ReportingUnit = input.ReportingUnit!.Trim(),
            RecipientUnit = input.RecipientUnit!.Trim(),
            DueDay = input.OnRequest ? null : input.DueDay,
            DueMonth = input.OnRequest ? null : input.DueMonth,
            Note = PlanText.Clean(input.Note),
            CreatedAt = now,
        };
        db.ReportingDuties.Add(duty);
        db.Record(edit, now, DutyAuditKind, duty.Id, null, null, new { duty.PlanId, duty.ReportingUnit, duty.RecipientUnit, duty.DueDay, duty.DueMonth, duty.Note });
        await db.SaveChangesAsync(ct);
        return duty;
    }

    public static async Task<ReportSubmission> RecordReportAsync(
        this BrandContentDb db, Guid dutyId, ReportInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.ReportingDuties.AnyAsync(d => d.Id == dutyId, ct))
        {
            throw new BrandContentException(ErrorCode.NotFound, DutyAuditKind, dutyId);
        }

        var problems = new List<FieldProblem>();
        problems.InRange("year", input.Year, PlanYears.First, PlanYears.Last);
        // Reports are recorded as they come in: never dated in the future.
        if (input.SubmittedAt is { } at && (at > now || !PlanYears.Contains(at.Year)))
        {
            problems.Add(new FieldProblem("submittedAt", ValidationRule.Range, $"{PlanYears.First}-01-01", now, at));
        }

        PlanText.Check(problems, "submittedBy", input.SubmittedBy, ReportSubmission.ByMaxLength);
        PlanText.Check(problems, "summary", input.Summary, ReportSubmission.SummaryMaxLength);
        if (!string.IsNullOrWhiteSpace(input.DocumentUrl))
        {
            problems.Url("documentUrl", input.DocumentUrl.Trim(), ReportSubmission.DocumentUrlMaxLength);
        }

        ValidationFailedException.ThrowIfAny(problems);
        var report = new ReportSubmission
        {
            DutyId = dutyId,
            Year = input.Year,
            SubmittedAt = (input.SubmittedAt ?? now).ToUniversalTime(),
            SubmittedBy = input.SubmittedBy!.Trim(),
            Summary = input.Summary!.Trim(),
            DocumentUrl = PlanText.Clean(input.DocumentUrl),
            RecordedBy = edit.Actor,
            RecordedAt = now,
        };
        db.ReportSubmissions.Add(report);
        db.Record(edit, now, ReportAuditKind, report.Id, null, null, new { report.DutyId, report.Year, report.SubmittedAt, report.SubmittedBy, report.Summary, report.DocumentUrl });
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The brand of a duty's plan, for access checks; null when there is no such duty.</summary>
    public static Task<Guid?> DutyBrandAsync(this BrandContentDb db, Guid id, CancellationToken ct) =>
        db.ReportingDuties.Where(d => d.Id == id).Join(db.Plans, d => d.PlanId, p => p.Id, (d, p) => (Guid?)p.BrandId).FirstOrDefaultAsync(ct);

    private static List<FieldProblem> Validate(ReportingDutyInput input)
    {
        var problems = new List<FieldProblem>();
        PlanText.Check(problems, "reportingUnit", input.ReportingUnit, ReportingDuty.UnitMaxLength);
        PlanText.Check(problems, "recipientUnit", input.RecipientUnit, ReportingDuty.UnitMaxLength);
        PlanText.Check(problems, "note", input.Note, ReportingDuty.NoteMaxLength, required: false);
        if (input.OnRequest)
        {
            return problems;
        }

        if (input.DueMonth is not { } month)
        {
            problems.Add(new FieldProblem("dueMonth", ValidationRule.Required));
        }
        else
        {
            problems.InRange("dueMonth", month, 1, 12);
        }

        if (input.DueDay is not { } day)
        {
            problems.Add(new FieldProblem("dueDay", ValidationRule.Required));
        }
        else if (input.DueMonth is >= 1 and <= 12)
        {
            // 29/02 is allowed (it falls on 28/02 outside leap years); 31/04 is not a day.
            problems.InRange("dueDay", day, 1, DateTime.DaysInMonth(2024, input.DueMonth.Value));
        }
        else
        {
            problems.InRange("dueDay", day, 1, 31);
        }

        return problems;
    }
}
