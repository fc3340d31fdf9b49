using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Localization;
using BrandContent.Plans;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Plans;

public sealed class PlanType : ObjectGraphType<Plan>
{
    public PlanType()
    {
        Name = "Plan";
        Description = "A plan a brand works to (a \"kế hoạch\" such as 183/KH-UBND of 23/05/2024), with its tasks and reporting duties.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("brand").Description("The brand's slug.").Resolve(ctx => ctx.LoadPlanBrand(ctx.Source.BrandId).Then(b => b.Slug));
        Field<StringGraphType>("number").Description("The document's number (183/KH-UBND); null for a draft.").Resolve(ctx => ctx.Source.Number);
        Field<DateOnlyGraphType>("issuedOn").Description("The date of issue; null for a draft.").Resolve(ctx => ctx.Source.IssuedOn);
        Field<NonNullGraphType<StringGraphType>>("title")
            .Description("The title in `locale` when it has one, else in the brand's source locale (the plans' own language).")
            .Argument<StringGraphType>("locale")
            .Resolve(ctx => ctx.LoadPlanBrand(ctx.Source.BrandId).Then(brand => ctx.Source.Titles.NameIn(
                ctx.GetArgument<string?>("locale") is { } tag && LocaleTag.TryNormalize(tag, out var locale) ? [locale, brand.SourceLocale] : [brand.SourceLocale])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("titles").Description("The title per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Titles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)).ToList());
        Field<NonNullGraphType<StringGraphType>>("issuingBody").Resolve(ctx => ctx.Source.IssuingBody);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day of the period.").Resolve(ctx => ctx.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day of the period.").Resolve(ctx => ctx.Source.EndsOn);
        Field<PlanType>("parentPlan").Description("The plan this one carries out.").Resolve(ctx => ctx.LoadPlan(ctx.Source.ParentPlanId));
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanTaskType>>>>("tasks")
            .Description("The plan's tasks in list order; with `status`, those in it (OVERDUE: neither done nor cancelled, past the end date).")
            .Argument<PlanTaskStatusType>("status")
            .Resolve(ctx => ctx.LoadPlanTasks(ctx.Source.Id).Then(tasks => ctx.GetArgument<PlanTaskStatus?>("status") is { } status
                ? tasks.Where(t => ctx.EffectiveStatus(t) == status).ToList()
                : tasks));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportingDutyType>>>>("reportingDuties").Resolve(ctx => ctx.LoadReportingDuties(ctx.Source.Id));
    }
}

public sealed class PlanInputType : InputObjectGraphType<PlanInput>
{
    public PlanInputType()
    {
        Name = "PlanInput";
        Field<StringGraphType>("number").Description("The document's number (183/KH-UBND); leave out for a draft.");
        Field<DateOnlyGraphType>("issuedOn").Description("The date of issue; leave out for a draft.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Translation.TermTranslationInputType>>>>("titles")
            .Description("The title per locale; the brand's source locale is required.");
        Field<StringGraphType>("issuingBody").Description("Who issued it (UBND tỉnh Đồng Nai). Required.");
        Field<DateOnlyGraphType>("startsOn").Description("First day of the period (or fromYear).");
        Field<DateOnlyGraphType>("endsOn").Description("Last day of the period (or toYear).");
        Field<IntGraphType>("fromYear").Description("The period's first year, from 1 January, when startsOn is not given.");
        Field<IntGraphType>("toYear").Description("The period's last year, to 31 December, when endsOn is not given.");
        Field<UuidGraphType>("parentPlan").Description("The plan this one carries out: of the same brand or one above it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanInput(
        value.Value("number") as string,
        value.Value("issuedOn") as DateOnly?,
        (value.Value("titles") as IEnumerable<object?> ?? [])
            .Cast<KeyValuePair<string, string>>().GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        value.Value("issuingBody") as string,
        value.Value("startsOn") as DateOnly?,
        value.Value("endsOn") as DateOnly?,
        value.Value("fromYear") as int?,
        value.Value("toYear") as int?,
        value.Value("parentPlan") as Guid?);
}
