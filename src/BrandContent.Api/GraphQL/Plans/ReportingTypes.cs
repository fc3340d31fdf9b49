using BrandContent.Api.GraphQL.Input;
using BrandContent.Plans;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Plans;

public sealed class ReportingDutyType : ObjectGraphType<ReportingDuty>
{
    public ReportingDutyType()
    {
        Name = "ReportingDuty";
        Description = "Who reports to whom under a plan, and by which day each year (or on request, \"đột xuất\").";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<UuidGraphType>>("planId").Resolve(ctx => ctx.Source.PlanId);
        Field<NonNullGraphType<StringGraphType>>("reportingUnit").Resolve(ctx => ctx.Source.ReportingUnit);
        Field<NonNullGraphType<StringGraphType>>("recipientUnit").Resolve(ctx => ctx.Source.RecipientUnit);
        Field<IntGraphType>("dueDay").Description("Day of dueMonth the report is due each year; null on request.").Resolve(ctx => ctx.Source.DueDay);
        Field<IntGraphType>("dueMonth").Resolve(ctx => ctx.Source.DueMonth);
        Field<NonNullGraphType<BooleanGraphType>>("onRequest").Description("Reported when asked: never late.").Resolve(ctx => ctx.Source.OnRequest);
        Field<StringGraphType>("note").Resolve(ctx => ctx.Source.Note);
    }
}

public sealed class ReportSubmissionType : ObjectGraphType<ReportSubmission>
{
    public ReportSubmissionType()
    {
        Name = "ReportSubmission";
        Description = "A report received under a duty for a year.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<UuidGraphType>>("dutyId").Resolve(ctx => ctx.Source.DutyId);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(ctx => ctx.Source.SubmittedAt);
        Field<NonNullGraphType<StringGraphType>>("submittedBy").Resolve(ctx => ctx.Source.SubmittedBy);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(ctx => ctx.Source.Summary);
        Field<StringGraphType>("documentUrl").Resolve(ctx => ctx.Source.DocumentUrl);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("The key that recorded it.").Resolve(ctx => ctx.Source.RecordedBy);
    }
}

public sealed class ReportStateType : EnumerationGraphType<ReportState>
{
    public ReportStateType()
    {
        Name = "ReportState";
        Description = "REPORTED, DUE (deadline not passed), LATE (deadline passed in Việt Nam with nothing received) or ON_REQUEST (never late).";
    }
}

public sealed class DutyStatusType : ObjectGraphType<DutyStatus>
{
    public DutyStatusType()
    {
        Name = "DutyStatus";
        Description = "One reporting duty's standing for a year.";
        Field<NonNullGraphType<ReportingDutyType>>("duty").Resolve(ctx => ctx.Source.Duty);
        Field<NonNullGraphType<StringGraphType>>("reportingUnit").Resolve(ctx => ctx.Source.Duty.ReportingUnit);
        Field<NonNullGraphType<StringGraphType>>("recipientUnit").Resolve(ctx => ctx.Source.Duty.RecipientUnit);
        Field<DateOnlyGraphType>("deadline").Description("The day the report is due in that year; null on request.").Resolve(ctx => ctx.Source.Deadline);
        Field<NonNullGraphType<ReportStateType>>("state").Resolve(ctx => ctx.Source.State);
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When the first report for the year came in.").Resolve(ctx => ctx.Source.SubmittedAt);
        Field<NonNullGraphType<BooleanGraphType>>("submittedLate").Description("Reported, but after the deadline.").Resolve(ctx => ctx.Source.SubmittedLate);
        Field<NonNullGraphType<IntGraphType>>("daysLate").Description("Days past the deadline: until today when LATE, until it came in when submitted late.")
            .Resolve(ctx => ctx.Source.DaysLate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportSubmissionType>>>>("reports").Resolve(ctx => ctx.Source.Reports);
    }
}

public sealed class ReportingDutyInputType : InputObjectGraphType<ReportingDutyInput>
{
    public ReportingDutyInputType()
    {
        Name = "ReportingDutyInput";
        Field<StringGraphType>("reportingUnit").Description("Required.");
        Field<StringGraphType>("recipientUnit").Description("Required.");
        Field<IntGraphType>("dueDay").Description("With dueMonth: the day the report is due each year (05/11: dueDay 5, dueMonth 11).");
        Field<IntGraphType>("dueMonth");
        Field<BooleanGraphType>("onRequest").Description("Reported when asked, with no yearly day.");
        Field<StringGraphType>("note");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ReportingDutyInput(
        value.Value("reportingUnit") as string,
        value.Value("recipientUnit") as string,
        value.Value("dueDay") as int?,
        value.Value("dueMonth") as int?,
        value.Value("onRequest") as bool? ?? false,
        value.Value("note") as string);
}

public sealed class ReportInputType : InputObjectGraphType<ReportInput>
{
    public ReportInputType()
    {
        Name = "ReportInput";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year the report covers.");
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When it came in; now when left out.");
        Field<StringGraphType>("submittedBy").Description("Required: the unit or person that reported.");
        Field<StringGraphType>("summary").Description("Required.");
        Field<StringGraphType>("documentUrl").Description("The report document, an http(s) URL.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ReportInput(
        (int)value["year"]!,
        value.Value("submittedAt") as DateTimeOffset?,
        value.Value("submittedBy") as string,
        value.Value("summary") as string,
        value.Value("documentUrl") as string);
}
