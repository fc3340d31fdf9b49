using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Localization;
using BrandContent.Plans;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Plans;

public sealed class PlanTaskStatusType : EnumerationGraphType<PlanTaskStatus>
{
    public PlanTaskStatusType()
    {
        Name = "TaskStatus";
        Description = "NOT_STARTED, IN_PROGRESS, DONE, CANCELLED, or OVERDUE: read, never set, for a task neither done nor cancelled whose end date has passed in Việt Nam.";
    }
}

public sealed class PlanTaskType : ObjectGraphType<PlanTask>
{
    public PlanTaskType()
    {
        Name = "Task";
        Description = "A task of a plan with the six \"rõ\" of the Đồng Nai plan: who (leadUnit, cooperatingUnits), what (work), the responsibility, when (startsOn, endsOn), the resources (budget) and the expected result.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<PlanType>>("plan").Resolve(ctx => ctx.LoadPlan(ctx.Source.PlanId));
        Field<NonNullGraphType<IntGraphType>>("position").Description("The task's place in the plan's list.").Resolve(ctx => ctx.Source.Position);
        Field<NonNullGraphType<StringGraphType>>("leadUnit").Description("Rõ người: the unit (or person) that leads.").Resolve(ctx => ctx.Source.LeadUnit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cooperatingUnits").Description("Rõ người: the units (or people) that cooperate.")
            .Resolve(ctx => ctx.Source.CooperatingUnits);
        Field<NonNullGraphType<StringGraphType>>("work").Description("Rõ việc.").Resolve(ctx => ctx.Source.Work);
        Field<NonNullGraphType<StringGraphType>>("responsibility").Description("Rõ trách nhiệm.").Resolve(ctx => ctx.Source.Responsibility);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("Rõ thời gian: the first day.").Resolve(ctx => ctx.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Rõ thời gian: the last day.").Resolve(ctx => ctx.Source.EndsOn);
        Field<DecimalGraphType>("budgetAmount").Description("Rõ nguồn lực: the budget, when the plan states one.").Resolve(ctx => ctx.Source.BudgetAmount);
        Field<StringGraphType>("budgetCurrency").Description("ISO 4217 code of budgetAmount.").Resolve(ctx => ctx.Source.BudgetCurrency);
        Field<NonNullGraphType<StringGraphType>>("budgetSource").Description("Rõ nguồn lực: where the resources come from.").Resolve(ctx => ctx.Source.BudgetSource);
        Field<NonNullGraphType<StringGraphType>>("expectedResult").Description("Rõ kết quả: the deliverable.").Resolve(ctx => ctx.Source.ExpectedResult);
        Field<NonNullGraphType<PlanTaskStatusType>>("status").Description("As set, or OVERDUE once the end date has passed unfinished.")
            .Resolve(ctx => ctx.EffectiveStatus(ctx.Source));
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskProgressType>>>>("progress").Description("Progress notes, the oldest first.")
            .Resolve(ctx => ctx.LoadTaskProgress(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskEvidenceType>>>>("evidence").Description("Content of the brand that shows the result.")
            .Resolve(ctx => ctx.LoadTaskEvidence(ctx.Source.Id));
    }
}

public sealed class TaskProgressType : ObjectGraphType<PlanTaskProgress>
{
    public TaskProgressType()
    {
        Name = "TaskProgress";
        Description = "A dated progress note on a task.";
        Field<NonNullGraphType<DateOnlyGraphType>>("on").Resolve(ctx => ctx.Source.On);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The person or unit the note is from.").Resolve(ctx => ctx.Source.By);
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(ctx => ctx.Source.Note);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("The key that recorded it.").Resolve(ctx => ctx.Source.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(ctx => ctx.Source.RecordedAt);
    }
}

public sealed class TaskEvidenceType : ObjectGraphType<TaskEvidence>
{
    public TaskEvidenceType()
    {
        Name = "TaskEvidence";
        Description = "A story, channel post, event or asset of the brand that shows a task's result, titled in the brand's source locale.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
    }
}

public sealed class EvidenceInputType : InputObjectGraphType<EvidenceLink>
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Field<NonNullGraphType<ContentKindType>>("kind").Description("STORY, CHANNEL_POST, EVENT or ASSET.");
        Field<NonNullGraphType<UuidGraphType>>("id");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EvidenceLink((ContentKind)value["kind"]!, (Guid)value["id"]!);
}

public sealed class PlanTaskInputType : InputObjectGraphType<PlanTaskInput>
{
    public PlanTaskInputType()
    {
        Name = "TaskInput";
        Description = "A task's values. The six \"rõ\" (leadUnit, work, responsibility, startsOn and endsOn, budgetSource, expectedResult) are required: each one missing is a SIX_CLEAR problem of its own.";
        Field<StringGraphType>("leadUnit");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("cooperatingUnits");
        Field<StringGraphType>("work");
        Field<StringGraphType>("responsibility");
        Field<DateOnlyGraphType>("startsOn");
        Field<DateOnlyGraphType>("endsOn");
        Field<DecimalGraphType>("budgetAmount").Description("With budgetCurrency.");
        Field<StringGraphType>("budgetCurrency").Description("ISO 4217 (VND).");
        Field<StringGraphType>("budgetSource");
        Field<StringGraphType>("expectedResult");
        Field<PlanTaskStatusType>("status").Description("NOT_STARTED for a new task, unchanged on update when left out; OVERDUE cannot be set.");
        Field<IntGraphType>("position").Description("Place in the plan's list; a new task goes last when left out.");
        Field<ListGraphType<NonNullGraphType<EvidenceInputType>>>("evidence").Description("Replaces the task's evidence; left out, it stays as it is.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanTaskInput(
        value.Value("leadUnit") as string,
        value.Value("cooperatingUnits") is IEnumerable<object?> units ? [.. units.Cast<string>()] : null,
        value.Value("work") as string,
        value.Value("responsibility") as string,
        value.Value("startsOn") as DateOnly?,
        value.Value("endsOn") as DateOnly?,
        value.Value("budgetAmount") as decimal?,
        value.Value("budgetCurrency") as string,
        value.Value("budgetSource") as string,
        value.Value("expectedResult") as string,
        value.Value("status") as PlanTaskStatus?,
        value.Value("position") as int?,
        value.Value("evidence") is IEnumerable<object?> evidence ? [.. evidence.Cast<EvidenceLink>()] : null);
}

public sealed class TaskProgressInputType : InputObjectGraphType<PlanTaskProgressInput>
{
    public TaskProgressInputType()
    {
        Name = "TaskProgressInput";
        Field<DateOnlyGraphType>("on").Description("The day the note is about; today in Việt Nam when left out.");
        Field<StringGraphType>("by").Description("The person or unit the note is from. Required.");
        Field<StringGraphType>("note").Description("Required.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanTaskProgressInput(
        value.Value("on") as DateOnly?, value.Value("by") as string, value.Value("note") as string);
}
