namespace BrandContent.Plans;

/// <summary>
/// A reporting duty as createReportingDuty takes it: who reports to whom, and the day and month each year — or
/// <see cref="OnRequest"/> for a report made when asked ("đột xuất", "khi có yêu cầu"), with neither.
/// </summary>
public sealed record ReportingDutyInput(string? ReportingUnit, string? RecipientUnit, int? DueDay, int? DueMonth, bool OnRequest, string? Note);

/// <summary>A report received, as recordReport takes it; <see cref="SubmittedAt"/> is now when left out.</summary>
public sealed record ReportInput(int Year, DateTimeOffset? SubmittedAt, string? SubmittedBy, string? Summary, string? DocumentUrl);
