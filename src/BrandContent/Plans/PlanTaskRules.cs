using System.Text.RegularExpressions;
using BrandContent.Editing;
using BrandContent.Storage;

namespace BrandContent.Plans;

/// <summary>
/// What a task's input must be. Each of the six "rõ" fields that is missing is one SIX_CLEAR problem on its own field,
/// naming the "rõ" it breaks; every other problem is reported with them, all at once.
/// </summary>
internal static partial class PlanTaskRules
{
    public const int MaxPosition = 10_000;

    /// <summary>Large enough for any public budget in đồng, small enough for numeric(20, 2).</summary>
    public const decimal MaxBudget = 1_000_000_000_000_000m;

    /// <summary>The six "rõ" and the field that carries each (both dates for rõ thời gian).</summary>
    public static readonly IReadOnlyList<(string Field, string Clear)> SixClear =
    [
        ("leadUnit", "rõ người"),
        ("work", "rõ việc"),
        ("responsibility", "rõ trách nhiệm"),
        ("startsOn", "rõ thời gian"),
        ("endsOn", "rõ thời gian"),
        ("budgetSource", "rõ nguồn lực"),
        ("expectedResult", "rõ kết quả"),
    ];

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();

    public static async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Guid brandId, PlanTaskInput input, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        Missing(problems, input);
        Text(problems, "leadUnit", input.LeadUnit, PlanTask.UnitMaxLength);
        Text(problems, "work", input.Work, PlanTask.WorkMaxLength);
        Text(problems, "responsibility", input.Responsibility, PlanTask.ResponsibilityMaxLength);
        Text(problems, "budgetSource", input.BudgetSource, PlanTask.BudgetSourceMaxLength);
        Text(problems, "expectedResult", input.ExpectedResult, PlanTask.ExpectedResultMaxLength);

        var units = input.CooperatingUnits ?? [];
        problems.InRange("cooperatingUnits", units.Count, 0, PlanTask.MaxCooperatingUnits);
        if (units.Count <= PlanTask.MaxCooperatingUnits)
        {
            for (var i = 0; i < units.Count; i++)
            {
                PlanText.Check(problems, $"cooperatingUnits[{i}]", units[i], PlanTask.UnitMaxLength);
            }
        }

        foreach (var (field, day) in new[] { ("startsOn", input.StartsOn), ("endsOn", input.EndsOn) })
        {
            if (day is { } d && !PlanYears.Contains(d))
            {
                problems.Add(new FieldProblem(field, ValidationRule.Range, $"{PlanYears.First}-01-01", $"{PlanYears.Last}-12-31", d));
            }
        }

        problems.Ordered("endsOn", input.StartsOn, input.EndsOn, "startsOn");
        Budget(problems, input);
        if (input.Status is { } status && !PlanTaskStatuses.IsSettable(status))
        {
            problems.Add(new FieldProblem("status", ValidationRule.Format, "OVERDUE", "NOT_STARTED, IN_PROGRESS, DONE or CANCELLED"));
        }

        problems.InRange("position", input.Position, 1, MaxPosition);
        if (input.Evidence is { } evidence)
        {
            await EvidenceAsync(db, brandId, "evidence", evidence, problems, ct);
        }

        return problems;
    }

    /// <summary>Evidence must be content of the task's own brand that exists (another brand's id is refused like a made-up one).</summary>
    public static async Task EvidenceAsync(BrandContentDb db, Guid brandId, string field, IReadOnlyList<EvidenceLink> evidence, List<FieldProblem> problems, CancellationToken ct)
    {
        var links = evidence.Distinct().ToList();
        problems.InRange(field, links.Count, 0, PlanTaskEvidence.MaxPerTask);
        if (links.Count > PlanTaskEvidence.MaxPerTask)
        {
            return;
        }

        foreach (var kind in links.Select(l => l.Kind).Distinct())
        {
            if (!PlanTaskEvidence.Kinds.Contains(kind))
            {
                problems.Add(new FieldProblem($"{field}.kind", ValidationRule.Format, kind.ToConstantCase(), "STORY, CHANNEL_POST, EVENT or ASSET"));
                continue;
            }

            var ids = links.Where(l => l.Kind == kind).Select(l => l.Id).ToList();
            problems.Exists($"{field}.id", ids, await db.ExistingInBrandAsync(kind, brandId, ids, ct));
        }
    }

    public static void Apply(PlanTask task, PlanTaskInput input)
    {
        task.LeadUnit = input.LeadUnit!.Trim();
        task.CooperatingUnits = [.. (input.CooperatingUnits ?? []).Select(u => u.Trim()).Distinct()];
        task.Work = input.Work!.Trim();
        task.Responsibility = input.Responsibility!.Trim();
        (task.StartsOn, task.EndsOn) = (input.StartsOn!.Value, input.EndsOn!.Value);
        task.BudgetAmount = input.BudgetAmount;
        task.BudgetCurrency = input.BudgetAmount is null ? null : input.BudgetCurrency!.Trim().ToUpperInvariant();
        task.BudgetSource = input.BudgetSource!.Trim();
        task.ExpectedResult = input.ExpectedResult!.Trim();
        task.Status = input.Status ?? task.Status;
        task.Position = input.Position ?? task.Position;
    }

    /// <summary>The values the audit log records.</summary>
    public static object Summary(PlanTask t) =>
        new { t.PlanId, t.Position, t.LeadUnit, t.CooperatingUnits, t.Work, t.Responsibility, t.StartsOn, t.EndsOn, t.BudgetAmount, t.BudgetCurrency, t.BudgetSource, t.ExpectedResult, Status = t.Status.ToConstantCase() };

    private static void Missing(List<FieldProblem> problems, PlanTaskInput input)
    {
        var given = new Dictionary<string, bool>
        {
            ["leadUnit"] = !string.IsNullOrWhiteSpace(input.LeadUnit),
            ["work"] = !string.IsNullOrWhiteSpace(input.Work),
            ["responsibility"] = !string.IsNullOrWhiteSpace(input.Responsibility),
            ["startsOn"] = input.StartsOn is not null,
            ["endsOn"] = input.EndsOn is not null,
            ["budgetSource"] = !string.IsNullOrWhiteSpace(input.BudgetSource),
            ["expectedResult"] = !string.IsNullOrWhiteSpace(input.ExpectedResult),
        };
        problems.AddRange(SixClear.Where(c => !given[c.Field]).Select(c => new FieldProblem(c.Field, ValidationRule.SixClear, c.Clear)));
    }

    /// <summary>The length, control characters and markup of a text that is there (a missing one is already a SIX_CLEAR problem).</summary>
    private static void Text(List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            PlanText.Check(problems, field, value, maxLength);
        }
    }

    private static void Budget(List<FieldProblem> problems, PlanTaskInput input)
    {
        if (input.BudgetAmount is not { } amount)
        {
            if (!string.IsNullOrWhiteSpace(input.BudgetCurrency))
            {
                problems.Add(new FieldProblem("budgetAmount", ValidationRule.Required));
            }

            return;
        }

        if (amount < 0 || amount > MaxBudget || decimal.Round(amount, 2) != amount)
        {
            problems.Add(new FieldProblem("budgetAmount", ValidationRule.Range, 0, MaxBudget, amount));
        }

        if (string.IsNullOrWhiteSpace(input.BudgetCurrency))
        {
            problems.Add(new FieldProblem("budgetCurrency", ValidationRule.Required));
        }
        else if (input.BudgetCurrency.Length > 16 || !Currency().IsMatch(input.BudgetCurrency.Trim().ToUpperInvariant()))
        {
            problems.Add(new FieldProblem("budgetCurrency", ValidationRule.Format, input.BudgetCurrency, "ISO 4217 (VND)"));
        }
    }
}
