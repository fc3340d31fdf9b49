using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Plans;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Plans;

/// <summary>Plans, their tasks and reporting are written by the editors of their brand.</summary>
public static class PlanMutations
{
    public static void AddPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PlanType>>("createPlan")
            .Description("Creates a plan of the brand.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<PlanInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await delivery.Db.CreatePlanAsync(brand.Id, ctx.GetArgument<PlanInput>("input"), ctx.Edit("createPlan"), delivery.Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanType>>("updatePlan")
            .Description("Replaces a plan's values. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<PlanInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var id = await InScopeAsync(ctx, "id", PlanEditing.AuditKind, (db, id, ct) => db.PlanBrandAsync(id, ct));
                return await ctx.Delivery().Db.UpdatePlanAsync(
                    id, ExpectedVersion(ctx), ctx.GetArgument<PlanInput>("input"), ctx.Edit("updatePlan"), ctx.Delivery().Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanTaskType>>("createTask")
            .Description("Adds a task to a plan, last in its list unless a position is given. A task missing any of the six \"rõ\" is refused, one problem per missing field.")
            .Argument<NonNullGraphType<UuidGraphType>>("plan")
            .Argument<NonNullGraphType<PlanTaskInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var plan = await InScopeAsync(ctx, "plan", PlanEditing.AuditKind, (db, id, ct) => db.PlanBrandAsync(id, ct));
                return await ctx.Delivery().Db.CreateTaskAsync(plan, ctx.GetArgument<PlanTaskInput>("input"), ctx.Edit("createTask"), ctx.Delivery().Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanTaskType>>("updateTask")
            .Description("Replaces a task's values (its evidence too, when `evidence` is given). With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<PlanTaskInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var id = await InScopeAsync(ctx, "id", PlanTaskEditing.AuditKind, (db, id, ct) => db.TaskBrandAsync(id, ct));
                return await ctx.Delivery().Db.UpdateTaskAsync(
                    id, ExpectedVersion(ctx), ctx.GetArgument<PlanTaskInput>("input"), ctx.Edit("updateTask"), ctx.Delivery().Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<TaskProgressType>>("addTaskProgress")
            .Description("Adds a dated progress note to a task.")
            .Argument<NonNullGraphType<UuidGraphType>>("task")
            .Argument<NonNullGraphType<TaskProgressInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var task = await InScopeAsync(ctx, "task", PlanTaskEditing.AuditKind, (db, id, ct) => db.TaskBrandAsync(id, ct));
                return await ctx.Delivery().Db.AddTaskProgressAsync(
                    task, ctx.GetArgument<PlanTaskProgressInput>("input"), ctx.Edit("addTaskProgress"), ctx.Delivery().Now, ctx.CancellationToken);
            });

        AddEvidenceMutation(mutation, "linkTaskEvidence", linked: true, "Links content of the task's brand (stories, channel posts, events, assets) as evidence of its result.");
        AddEvidenceMutation(mutation, "unlinkTaskEvidence", linked: false, "Removes evidence from a task.");

        mutation.Field<NonNullGraphType<ReportingDutyType>>("createReportingDuty")
            .Description("Adds a reporting duty to a plan: who reports to whom, by which day each year, or on request.")
            .Argument<NonNullGraphType<UuidGraphType>>("plan")
            .Argument<NonNullGraphType<ReportingDutyInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var plan = await InScopeAsync(ctx, "plan", PlanEditing.AuditKind, (db, id, ct) => db.PlanBrandAsync(id, ct));
                return await ctx.Delivery().Db.CreateReportingDutyAsync(
                    plan, ctx.GetArgument<ReportingDutyInput>("input"), ctx.Edit("createReportingDuty"), ctx.Delivery().Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<ReportSubmissionType>>("recordReport")
            .Description("Records a report received under a duty for a year.")
            .Argument<NonNullGraphType<UuidGraphType>>("duty")
            .Argument<NonNullGraphType<ReportInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var duty = await InScopeAsync(ctx, "duty", ReportingDuties.DutyAuditKind, (db, id, ct) => db.DutyBrandAsync(id, ct));
                return await ctx.Delivery().Db.RecordReportAsync(duty, ctx.GetArgument<ReportInput>("input"), ctx.Edit("recordReport"), ctx.Delivery().Now, ctx.CancellationToken);
            });
    }

    private static void AddEvidenceMutation(ObjectGraphType mutation, string name, bool linked, string description) =>
        mutation.Field<NonNullGraphType<PlanTaskType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<UuidGraphType>>("task")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceInputType>>>>("evidence")
            .ResolveAsync(async ctx =>
            {
                var task = await InScopeAsync(ctx, "task", PlanTaskEditing.AuditKind, (db, id, ct) => db.TaskBrandAsync(id, ct));
                return await ctx.Delivery().Db.LinkTaskEvidenceAsync(
                    task, ctx.GetArgument<List<EvidenceLink>>("evidence"), linked, ctx.Edit(name), ctx.Delivery().Now, ctx.CancellationToken);
            });

    /// <summary>The id in <paramref name="argument"/>, if it names something of a brand the key covers (NOT_FOUND, OUT_OF_SCOPE otherwise).</summary>
    private static async Task<Guid> InScopeAsync(
        IResolveFieldContext ctx, string argument, string kind, Func<Storage.BrandContentDb, Guid, CancellationToken, Task<Guid?>> brandOf)
    {
        var id = ctx.GetArgument<Guid>(argument);
        var brandId = await brandOf(ctx.Delivery().Db, id, ctx.CancellationToken) ?? throw new BrandContentException(ErrorCode.NotFound, kind, id);
        return ctx.Caller().InBrands(brandId) ? id : throw new BrandContentException(ErrorCode.OutOfScope, "brand", brandId);
    }

    private static uint? ExpectedVersion(IResolveFieldContext ctx) => ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null;
}
