using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Plans;

/// <summary>A plan's reporting for a year, judged on a day in Việt Nam.</summary>
public sealed record ReportingStatusAnswer(Plan Plan, int Year, DateOnly AsOf, IReadOnlyList<DutyStatus> Duties);

public sealed class ReportingStatusType : ObjectGraphType<ReportingStatusAnswer>
{
    public ReportingStatusType()
    {
        Name = "ReportingStatus";
        Description = "Who has reported under a plan for a year, who is due and who is late, as of a day in Việt Nam.";
        Field<NonNullGraphType<PlanType>>("plan").Resolve(ctx => ctx.Source.Plan);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("Today in Việt Nam (Asia/Ho_Chi_Minh), the day lateness is judged on.").Resolve(ctx => ctx.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DutyStatusType>>>>("duties").Description("Yearly duties by deadline, then those on request.")
            .Resolve(ctx => ctx.Source.Duties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("lateUnits").Description("The reporting units of the LATE duties.")
            .Resolve(ctx => ctx.Source.Duties.Where(d => d.State == ReportState.Late).Select(d => d.Duty.ReportingUnit).ToList());
    }
}

public static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .Description("A brand's plans, the earliest period first.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var brand = await db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await db.Plans.Where(p => p.BrandId == brand.Id).OrderBy(p => p.StartsOn).ThenBy(p => p.IssuedOn).ThenBy(p => p.Id).ToListAsync(ctx.CancellationToken);
            });

        query.Field<PlanType>("plan")
            .Description("One plan by id; null when there is none.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.PlanInScopeAsync(ctx.GetArgument<Guid>("id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanTaskType>>>>("tasks")
            .Description("A plan's tasks in list order; with `status`, those in it (OVERDUE: neither done nor cancelled, past the end date in Việt Nam).")
            .Argument<NonNullGraphType<UuidGraphType>>("plan")
            .Argument<PlanTaskStatusType>("status")
            .ResolveAsync(async ctx =>
            {
                var plan = await ctx.PlanInScopeAsync(ctx.GetArgument<Guid>("plan"))
                    ?? throw new BrandContentException(ErrorCode.NotFound, PlanEditing.AuditKind, ctx.GetArgument<Guid>("plan"));
                var tasks = await ctx.Delivery().Db.PlanTasks.Where(t => t.PlanId == plan.Id).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(ctx.CancellationToken);
                return ctx.GetArgument<PlanTaskStatus?>("status") is { } status ? tasks.Where(t => ctx.EffectiveStatus(t) == status).ToList() : tasks;
            });

        query.Field<NonNullGraphType<ReportingStatusType>>("reportingStatus")
            .Description("Per reporting duty of the plan for `year`: REPORTED (when), DUE (the deadline), LATE (today in Việt Nam is past the deadline and nothing came in) or ON_REQUEST.")
            .Argument<NonNullGraphType<UuidGraphType>>("plan")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx =>
            {
                var plan = await ctx.PlanInScopeAsync(ctx.GetArgument<Guid>("plan"))
                    ?? throw new BrandContentException(ErrorCode.NotFound, PlanEditing.AuditKind, ctx.GetArgument<Guid>("plan"));
                var year = ctx.GetArgument<int>("year");
                var now = ctx.Delivery().Now;
                return new ReportingStatusAnswer(plan, year, PlanCalendar.Today(now), await ctx.Delivery().Db.ReportingStatusAsync(plan.Id, year, now, ctx.CancellationToken));
            });
    }

    /// <summary>The plan, if it is of a brand the key covers (OUT_OF_SCOPE otherwise); null when there is none.</summary>
    internal static async Task<Plan?> PlanInScopeAsync(this IResolveFieldContext ctx, Guid id)
    {
        var plan = await ctx.Delivery().Db.Plans.FirstOrDefaultAsync(p => p.Id == id, ctx.CancellationToken);
        return plan is null || ctx.Caller().InBrands(plan.BrandId) ? plan : throw new BrandContentException(ErrorCode.OutOfScope, "brand", plan.BrandId);
    }
}
