using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>Where a duty stands for a year.</summary>
public enum ReportState
{
    /// <summary>A report for the year was received (<see cref="DutyStatus.SubmittedAt"/>; <see cref="DutyStatus.SubmittedLate"/> when after the deadline).</summary>
    Reported,

    /// <summary>Nothing received yet, and the deadline has not passed.</summary>
    Due,

    /// <summary>Nothing received, and the deadline has passed: today in Việt Nam is after it.</summary>
    Late,

    /// <summary>Reported when asked ("đột xuất"): never late; reports received are listed.</summary>
    OnRequest,
}

/// <summary>One duty's standing for a year: the deadline (null on request), the state, the reports received.</summary>
public sealed record DutyStatus(
    ReportingDuty Duty, DateOnly? Deadline, ReportState State, DateTimeOffset? SubmittedAt, bool SubmittedLate, int DaysLate, IReadOnlyList<ReportSubmission> Reports);

public static class ReportingStatuses
{
    /// <summary>
    /// Each duty of the plan for <paramref name="year"/>, judged at <paramref name="now"/> on the day it is in Việt Nam: a
    /// yearly duty is REPORTED once a report for the year is in, LATE when today is after its deadline without one
    /// ("trước ngày 05/11": on 06/11 it is late), else DUE; a duty on request is ON_REQUEST whatever the date. A report
    /// dated after <paramref name="now"/> had not come in yet, so it does not count.
    /// </summary>
    public static async Task<IReadOnlyList<DutyStatus>> ReportingStatusAsync(this BrandContentDb db, Guid planId, int year, DateTimeOffset now, CancellationToken ct)
    {
        ValidationFailedException.ThrowIfAny(YearProblems(year));
        var today = PlanCalendar.Today(now);
        var instant = now.ToUniversalTime();
        var duties = await db.ReportingDuties.Where(d => d.PlanId == planId)
            .OrderBy(d => d.DueMonth == null).ThenBy(d => d.DueMonth).ThenBy(d => d.DueDay).ThenBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .ToListAsync(ct);
        var dutyIds = duties.Select(d => d.Id).ToList();
        var reports = (await db.ReportSubmissions.Where(s => dutyIds.Contains(s.DutyId) && s.Year == year && s.SubmittedAt <= instant)
                .OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToListAsync(ct))
            .ToLookup(s => s.DutyId);
        return [.. duties.Select(d => Judge(d, year, today, [.. reports[d.Id]]))];
    }

    private static DutyStatus Judge(ReportingDuty duty, int year, DateOnly today, List<ReportSubmission> reports)
    {
        if (duty.DueDay is not { } day || duty.DueMonth is not { } month)
        {
            return new DutyStatus(duty, null, ReportState.OnRequest, reports.FirstOrDefault()?.SubmittedAt, false, 0, reports);
        }

        var deadline = PlanCalendar.Deadline(year, month, day);
        if (reports.FirstOrDefault() is { } first)
        {
            var submittedOn = PlanCalendar.Today(first.SubmittedAt);
            return new DutyStatus(duty, deadline, ReportState.Reported, first.SubmittedAt, submittedOn > deadline, Math.Max(0, submittedOn.DayNumber - deadline.DayNumber), reports);
        }

        return today > deadline
            ? new DutyStatus(duty, deadline, ReportState.Late, null, false, today.DayNumber - deadline.DayNumber, reports)
            : new DutyStatus(duty, deadline, ReportState.Due, null, false, 0, reports);
    }

    private static List<FieldProblem> YearProblems(int year)
    {
        var problems = new List<FieldProblem>();
        problems.InRange("year", year, PlanYears.First, PlanYears.Last);
        return problems;
    }
}
