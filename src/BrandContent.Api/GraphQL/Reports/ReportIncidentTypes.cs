using BrandContent.Api.GraphQL.Input;
using BrandContent.Clarifications;
using BrandContent.Reports;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Reports;

public sealed class ReportIncidentsType : ObjectGraphType<ReportIncidents>
{
    public ReportIncidentsType()
    {
        Name = "ReportIncidents";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportIncidentType>>>>("items").Description("In detection order.").Resolve(ctx => ctx.Source.Items);
        Field(i => i.Answered);
        Field(i => i.MedianResponseHours, nullable: true).Description("Median hours from detection to answer, answered incidents only.");
    }
}

public sealed class ReportIncidentType : ObjectGraphType<IncidentSummary>
{
    public ReportIncidentType()
    {
        Name = "ReportIncident";
        Field(i => i.Id, type: typeof(NonNullGraphType<UuidGraphType>));
        Field(i => i.Summary);
        Field(i => i.Severity);
        Field(i => i.DetectedAt);
        Field(i => i.AnsweredAt, nullable: true);
        Field<DecimalGraphType>("responseHours").Resolve(ctx => ctx.Source.ResponseTime is { } took ? ReportIncidents.Hours(took) : null);
        Field(i => i.ClarificationId, type: typeof(UuidGraphType));
        Field(i => i.MentionCount);
    }
}
