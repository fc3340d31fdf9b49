using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Translation;
using BrandContent.Kpis;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Monitoring;

public sealed class KpiStatusType : EnumerationGraphType<KpiStatus>
{
    public KpiStatusType()
    {
        Name = "KpiStatus";
        Description = "ON_TRACK, AT_RISK (the running year behind the target's pace) or MISSED (a past year that did not meet it). See the README, \"Media monitoring and KPIs\".";
    }
}

public sealed class KpiMeasureType : EnumerationGraphType<KpiMeasure>
{
    public KpiMeasureType()
    {
        Name = "KpiMeasure";
        Description = "What an indicator counts: a fixed set of computations; which a brand follows is data (defineKpi).";
    }
}

public sealed class KpiTargetKindType : EnumerationGraphType<KpiTargetKind>
{
    public KpiTargetKindType()
    {
        Name = "KpiTargetKind";
        Description = "ABSOLUTE: the target is the value. RELATIVE_GROWTH: last year's value grown by the percentage (AT_MOST: reduced by it).";
    }
}

public sealed class KpiDirectionType : EnumerationGraphType<KpiDirection>
{
    public KpiDirectionType()
    {
        Name = "KpiDirection";
        Description = "AT_LEAST: the value must reach the target; AT_MOST: it must stay under it.";
    }
}

public sealed class KpiLastYearSourceType : EnumerationGraphType<KpiLastYearSource>
{
    public KpiLastYearSourceType()
    {
        Name = "KpiLastYearSource";
        Description = "MEASURED from last year's data, or the definition's BASELINE when last year has none.";
    }
}

public sealed class KpiPointType : ObjectGraphType<KpiPoint>
{
    public KpiPointType()
    {
        Name = "KpiPoint";
        Description = "The value over one month (Việt Nam time); null when nothing was measured or the month has not begun.";
        Field<NonNullGraphType<IntGraphType>>("month").Resolve(ctx => ctx.Source.Month);
        Field<FloatGraphType>("value").Resolve(ctx => (double?)ctx.Source.Value);
    }
}

public sealed class KpiTargetComputationType : ObjectGraphType<KpiTargetComputation>
{
    public KpiTargetComputationType()
    {
        Name = "KpiTargetComputation";
        Description = "How the target was worked out: for RELATIVE_GROWTH, target = lastYearValue × (1 + amount %) (AT_MOST: × (1 − amount %)).";
        Field<NonNullGraphType<KpiTargetKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<KpiDirectionType>>("direction").Resolve(ctx => ctx.Source.Direction);
        Field<NonNullGraphType<FloatGraphType>>("amount").Description("The stated value (ABSOLUTE) or the growth in percent (RELATIVE_GROWTH).").Resolve(ctx => (double)ctx.Source.Amount);
        Field<FloatGraphType>("lastYearValue").Resolve(ctx => (double?)ctx.Source.LastYearValue);
        Field<KpiLastYearSourceType>("lastYearSource").Resolve(ctx => ctx.Source.LastYearSource);
        Field<FloatGraphType>("target").Resolve(ctx => (double?)ctx.Source.Target);
    }
}

public sealed class KpiType : ObjectGraphType<KpiResult>
{
    public KpiType()
    {
        Name = "Kpi";
        Description = "An indicator for a brand and year: its value so far against its target, the status, the definition shown with the figure, and the months.";
        Field<NonNullGraphType<UuidGraphType>>("definitionId").Resolve(ctx => ctx.Source.DefinitionId);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("definition").Description("How it is computed and what the target means, in the requested locale (else the brand's source locale).").Resolve(ctx => ctx.Source.Definition);
        Field<NonNullGraphType<KpiMeasureType>>("measure").Resolve(ctx => ctx.Source.Measure);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(ctx => ctx.Source.Unit);
        Field<FloatGraphType>("baseline").Resolve(ctx => (double?)ctx.Source.Baseline);
        Field<FloatGraphType>("target").Resolve(ctx => (double?)ctx.Source.Target);
        Field<FloatGraphType>("value").Description("The year's value so far; null when nothing was measured.").Resolve(ctx => (double?)ctx.Source.Value);
        Field<NonNullGraphType<KpiStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<KpiTargetComputationType>("computation").Resolve(ctx => ctx.Source.Computation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiPointType>>>>("series").Description("Months 1-12.").Resolve(ctx => ctx.Source.Series);
    }
}

public sealed class KpiDefinitionType : ObjectGraphType<KpiDefinition>
{
    public KpiDefinitionType()
    {
        Name = "KpiDefinition";
        Description = "An indicator a brand follows over a range of years (data, not code).";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("fromYear").Resolve(ctx => ctx.Source.FromYear);
        Field<IntGraphType>("toYear").Resolve(ctx => ctx.Source.ToYear);
        Field<NonNullGraphType<KpiMeasureType>>("measure").Resolve(ctx => ctx.Source.Measure);
        Field<StringGraphType>("market").Resolve(ctx => ctx.Source.Market);
        Field<UuidGraphType>("pillar").Resolve(ctx => ctx.Source.PillarId);
        Field<StringGraphType>("channel").Resolve(ctx => ctx.Source.Channel);
        Field<FloatGraphType>("baseline").Resolve(ctx => (double?)ctx.Source.Baseline);
        Field<NonNullGraphType<KpiTargetKindType>>("targetKind").Resolve(ctx => ctx.Source.TargetKind);
        Field<NonNullGraphType<FloatGraphType>>("targetValue").Resolve(ctx => (double)ctx.Source.TargetValue);
        Field<NonNullGraphType<KpiDirectionType>>("direction").Resolve(ctx => ctx.Source.Direction);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("names").Description("The name per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new KeyValuePair<string, string?>(n.Key, n.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("definitions").Description("The definition text per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Definitions.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new KeyValuePair<string, string?>(n.Key, n.Value)).ToList());
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Version);
    }
}

public sealed class KpiDefinitionInputType : InputObjectGraphType<KpiDefinitionInput>
{
    public KpiDefinitionInputType()
    {
        Name = "KpiDefinitionInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Constant case, unique for the brand over overlapping years (POSITIVE_FOREIGN_SHARE).");
        Field<NonNullGraphType<IntGraphType>>("fromYear");
        Field<IntGraphType>("toYear").Description("Inclusive; absent while the plan runs on.");
        Field<NonNullGraphType<KpiMeasureType>>("measure");
        Field<StringGraphType>("market").Description("Market filter (POSITIVE_FOREIGN_SHARE, MENTIONS, CONTENT_PUBLISHED, POSTS_SENT); required for TRANSLATION_COVERAGE.");
        Field<UuidGraphType>("pillar").Description("Pillar of the brand (MENTIONS, CONTENT_PUBLISHED).");
        Field<StringGraphType>("channel").Description("Channel code (POSTS_SENT).");
        Field<FloatGraphType>("baseline").Description("The value the plan starts from (the year before fromYear).");
        Field<NonNullGraphType<KpiTargetKindType>>("targetKind");
        Field<NonNullGraphType<FloatGraphType>>("targetValue").Description("The target value (ABSOLUTE) or the growth in percent (RELATIVE_GROWTH); never negative.");
        Field<KpiDirectionType>("direction").Description("AT_LEAST when absent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TermTranslationInputType>>>>("names").Description("The name per locale; the brand's source locale is required.");
        Field<ListGraphType<NonNullGraphType<TermTranslationInputType>>>("definitions").Description("How it is computed, per locale: shown with every figure.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new KpiDefinitionInput(
        (string)value["code"]!,
        (int)value["fromYear"]!,
        value.TryGetValue("toYear", out var to) ? to as int? : null,
        (KpiMeasure)value["measure"]!,
        value.TryGetValue("market", out var market) ? market as string : null,
        value.TryGetValue("pillar", out var pillar) ? pillar as Guid? : null,
        value.TryGetValue("channel", out var channel) ? channel as string : null,
        value.TryGetValue("baseline", out var baseline) && baseline is double b ? Decimal(b) : null,
        (KpiTargetKind)value["targetKind"]!,
        Decimal((double)value["targetValue"]!),
        value.TryGetValue("direction", out var direction) && direction is KpiDirection d ? d : KpiDirection.AtLeast,
        Texts(value, "names"),
        Texts(value, "definitions"));

    /// <summary>A float as a decimal; beyond what any indicator holds it is clamped (and then refused by the rules), never an overflow.</summary>
    private static decimal Decimal(double value) => (decimal)Math.Clamp(value, -1e15, 1e15);

    private static Dictionary<string, string> Texts(IDictionary<string, object?> value, string field) =>
        (value.TryGetValue(field, out var texts) ? texts as IEnumerable<object?> ?? [] : [])
            .Cast<KeyValuePair<string, string>>().GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Last().Value);
}
