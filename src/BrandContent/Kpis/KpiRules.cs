using System.Text.RegularExpressions;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Monitoring;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Kpis;

/// <summary>What an indicator's definition must be: each problem names its field, all of them at once.</summary>
public static partial class KpiRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const decimal MaxGrowthPercent = 1000m;
    public const decimal MaxValue = 1_000_000_000m;

    [Flags]
    private enum Parameters
    {
        None = 0,
        Market = 1,
        Pillar = 2,
        Channel = 4,
    }

    /// <summary>The filters each measure can use; TRANSLATION_COVERAGE is per market, so its market is required.</summary>
    private static readonly Dictionary<KpiMeasure, Parameters> Allowed = new()
    {
        [KpiMeasure.PositiveForeignShare] = Parameters.Market,
        [KpiMeasure.Mentions] = Parameters.Market | Parameters.Pillar,
        [KpiMeasure.IncidentResponseMedian] = Parameters.None,
        [KpiMeasure.TranslationCoverage] = Parameters.Market,
        [KpiMeasure.ContentPublished] = Parameters.Market | Parameters.Pillar,
        [KpiMeasure.PostsSent] = Parameters.Market | Parameters.Channel,
    };

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,63}$")]
    private static partial Regex Code();

    public static async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Guid brandId, Guid? self, KpiDefinitionInput input, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        if (!Code().IsMatch(input.Code ?? ""))
        {
            problems.Add(new FieldProblem("code", ValidationRule.Format, input.Code, "POSITIVE_FOREIGN_SHARE"));
        }

        problems.InRange("fromYear", input.FromYear, MinYear, MaxYear);
        problems.InRange("toYear", input.ToYear, MinYear, MaxYear);
        problems.Ordered("toYear", (int?)input.FromYear, input.ToYear, "fromYear");
        await ParametersAsync(db, brandId, input, problems, ct);

        var percent = KpiUnit.Of(input.Measure) == KpiUnit.Percent;
        problems.InRange("baseline", (double?)input.Baseline, 0, (double)(percent ? 100m : MaxValue));
        var maxTarget = input.TargetKind == KpiTargetKind.RelativeGrowth
            ? (input.Direction == KpiDirection.AtMost ? 100m : MaxGrowthPercent)
            : percent ? 100m : MaxValue;
        problems.InRange("targetValue", (double)input.TargetValue, 0, (double)maxTarget);

        var sourceLocale = await db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).FirstAsync(ct);
        var locales = (await db.Locales.Unarchived().Select(l => l.Tag).ToListAsync(ct)).ToHashSet();
        Texts(problems, "names", input.Names, KpiDefinition.NameMaxLength, locales, singleLine: true);
        Texts(problems, "definitions", input.Definitions ?? new Dictionary<string, string>(), KpiDefinition.DefinitionMaxLength, locales, singleLine: false);
        if (!input.Names.Keys.Any(tag => LocaleTag.TryNormalize(tag, out var normalized) && normalized == sourceLocale))
        {
            problems.Add(new FieldProblem($"names.{sourceLocale}", ValidationRule.Required));
        }

        var to = input.ToYear ?? int.MaxValue;
        if (await db.KpiDefinitions.AnyAsync(
            k => k.BrandId == brandId && k.Code == input.Code && k.Id != self && k.FromYear <= to && (k.ToYear == null || k.ToYear >= input.FromYear), ct))
        {
            problems.Add(new FieldProblem("code", MonitoringRules.KpiOverlap, input.Code));
        }

        return problems;
    }

    private static async Task ParametersAsync(BrandContentDb db, Guid brandId, KpiDefinitionInput input, List<FieldProblem> problems, CancellationToken ct)
    {
        if (!Allowed.TryGetValue(input.Measure, out var allowed))
        {
            problems.Add(new FieldProblem("measure", ValidationRule.Reference, input.Measure.ToConstantCase()));
            return;
        }

        var measure = input.Measure.ToConstantCase();
        if (input.Market is { } market)
        {
            if (!allowed.HasFlag(Parameters.Market))
            {
                problems.Add(new FieldProblem("market", MonitoringRules.KpiParameter, measure));
            }
            else if (!await db.Markets.AnyAsync(m => m.Code == MarketCode.Normalize(market), ct))
            {
                problems.Add(new FieldProblem("market", ValidationRule.Reference, market));
            }
        }
        else if (input.Measure == KpiMeasure.TranslationCoverage)
        {
            problems.Add(new FieldProblem("market", ValidationRule.Required));
        }

        if (input.Pillar is { } pillar)
        {
            if (!allowed.HasFlag(Parameters.Pillar))
            {
                problems.Add(new FieldProblem("pillar", MonitoringRules.KpiParameter, measure));
            }
            else if (!await db.Pillars.AnyAsync(p => p.Id == pillar && p.BrandId == brandId, ct))
            {
                // Another brand's pillar is refused exactly like an id that names nothing.
                problems.Add(new FieldProblem("pillar", ValidationRule.Reference, pillar));
            }
        }

        if (input.Channel is { } channel)
        {
            if (!allowed.HasFlag(Parameters.Channel))
            {
                problems.Add(new FieldProblem("channel", MonitoringRules.KpiParameter, measure));
            }
            else if (!await db.Channels.AnyAsync(c => c.Code == ChannelCode.Normalize(channel), ct))
            {
                problems.Add(new FieldProblem("channel", ValidationRule.Reference, channel));
            }
        }
    }

    private static void Texts(List<FieldProblem> problems, string field, IReadOnlyDictionary<string, string> texts, int maxLength, ISet<string> locales, bool singleLine)
    {
        problems.InRange(field, texts.Count, field == "names" ? 1 : 0, locales.Count);
        foreach (var (tag, text) in texts.Count <= locales.Count ? texts : new Dictionary<string, string>())
        {
            problems.Locale($"{field}.locale", tag, locales);
            if (singleLine)
            {
                MentionChecks.PlainLine(problems, $"{field}.{tag}", text, maxLength, required: true);
                continue;
            }

            var before = problems.Count;
            problems.Text($"{field}.{tag}", text, maxLength);
            if (problems.Count == before && PlainText.HasControlCharacter(text))
            {
                problems.Add(new FieldProblem($"{field}.{tag}", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(text)));
            }
        }
    }

    public static void Apply(KpiDefinition definition, KpiDefinitionInput input)
    {
        definition.Code = input.Code;
        (definition.FromYear, definition.ToYear, definition.Measure) = (input.FromYear, input.ToYear, input.Measure);
        definition.Market = input.Market is { } market ? MarketCode.Normalize(market) : null;
        definition.PillarId = input.Pillar;
        definition.Channel = input.Channel is { } channel ? ChannelCode.Normalize(channel) : null;
        (definition.Baseline, definition.TargetKind, definition.TargetValue, definition.Direction) = (input.Baseline, input.TargetKind, input.TargetValue, input.Direction);
        definition.Names = input.Names.ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value.Trim());
        definition.Definitions = (input.Definitions ?? new Dictionary<string, string>()).ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value.Trim());
    }

    /// <summary>The values the audit log records.</summary>
    public static object Summary(KpiDefinition k) => new
    {
        k.Code,
        k.FromYear,
        k.ToYear,
        Measure = k.Measure.ToConstantCase(),
        k.Market,
        k.PillarId,
        k.Channel,
        k.Baseline,
        TargetKind = k.TargetKind.ToConstantCase(),
        k.TargetValue,
        Direction = k.Direction.ToConstantCase(),
        k.Names,
        k.Definitions,
    };
}
