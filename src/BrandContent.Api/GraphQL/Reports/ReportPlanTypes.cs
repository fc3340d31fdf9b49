using BrandContent.Api.GraphQL.Input;
using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Plans;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Reports;

/// <summary>A task's evidence as the report lists it (the report's own shape, so the plans' types stay theirs).</summary>
public sealed record ReportEvidence(ContentKind Kind, Guid Id, string Title);

/// <summary>An indicator as the report lists it (the report's own shape, so the KPI types stay monitoring's).</summary>
public sealed record ReportIndicator(KpiResult Result, bool IsPositiveShare);

public sealed class ReportTaskType : ObjectGraphType<TaskSummary>
{
    public ReportTaskType()
    {
        Name = "ReportTask";
        Description = "A task of the brand's plans whose dates fall in the year, with its status today (Việt Nam) and evidence.";
        Field(t => t.Id, type: typeof(NonNullGraphType<UuidGraphType>));
        Field(t => t.PlanNumber).Description("The plan's number, e.g. 183/KH-UBND; empty for a draft plan.");
        Field(t => t.Work);
        Field(t => t.LeadUnit);
        Field(t => t.Start);
        Field(t => t.End);
        Field(t => t.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportEvidenceType>>>>("evidence")
            .Resolve(ctx => ctx.Source.Evidence.Select(e => new ReportEvidence(e.Kind, e.Id, e.Title)).ToList());
    }
}

public sealed class ReportEvidenceType : ObjectGraphType<ReportEvidence>
{
    public ReportEvidenceType()
    {
        Name = "ReportEvidence";
        Field(e => e.Kind);
        Field(e => e.Id, type: typeof(NonNullGraphType<UuidGraphType>));
        Field(e => e.Title).Description("In the brand's source locale.");
    }
}

public sealed class ReportIndicatorType : ObjectGraphType<ReportIndicator>
{
    public ReportIndicatorType()
    {
        Name = "ReportIndicator";
        Description = "An indicator of the year against its target, as kpis(brand, year) computes it.";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Result.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Result.Name);
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(ctx => ctx.Source.Result.Definition);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(ctx => ctx.Source.Result.Unit);
        Field<DecimalGraphType>("baseline").Resolve(ctx => ctx.Source.Result.Baseline);
        Field<DecimalGraphType>("target").Resolve(ctx => ctx.Source.Result.Target);
        Field<DecimalGraphType>("value").Resolve(ctx => ctx.Source.Result.Value);
        Field<NonNullGraphType<StringGraphType>>("status").Description("ON_TRACK, AT_RISK or MISSED.").Resolve(ctx => ctx.Source.Result.Status.ToConstantCase());
        Field<NonNullGraphType<BooleanGraphType>>("isPositiveShare").Description("The indicator the report charts against its target.").Resolve(ctx => ctx.Source.IsPositiveShare);
        Field<NonNullGraphType<ListGraphType<DecimalGraphType>>>("series")
            .Description("Months 1 to 12 in order; null where nothing was measured.")
            .Resolve(ctx => Enumerable.Range(1, 12).Select(m => ctx.Source.Result.Series.FirstOrDefault(p => p.Month == m)?.Value).ToList());
    }
}
