using System.Text.RegularExpressions;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>What a plan's input must be: each problem names its field, all of them at once.</summary>
internal static partial class PlanRules
{
    /// <summary>
    /// A document number, loosely: letters (Vietnamese ones too), digits, '/', '-', '.', spaces, starting with a letter or
    /// digit — "183/KH-UBND", "173/QĐ-TTg", "62-KH/ĐU".
    /// </summary>
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}/\-. ]*$")]
    private static partial Regex Number();

    public static async Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Guid brandId, Guid? planId, PlanInput input, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        if (input.Number is { } number)
        {
            PlanText.Check(problems, "number", number, Plan.NumberMaxLength, required: false);
            if (!string.IsNullOrWhiteSpace(number) && number.Trim().Length <= Plan.NumberMaxLength && !Number().IsMatch(number.Trim()))
            {
                problems.Add(new FieldProblem("number", ValidationRule.Format, number, "183/KH-UBND"));
            }
        }

        Year(problems, "issuedOn", input.IssuedOn);
        await TitlesAsync(db, brandId, input.Titles, problems, ct);
        PlanText.Check(problems, "issuingBody", input.IssuingBody, Plan.IssuingBodyMaxLength);

        Years(problems, "fromYear", input.FromYear);
        Years(problems, "toYear", input.ToYear);
        Year(problems, "startsOn", input.StartsOn);
        Year(problems, "endsOn", input.EndsOn);
        if (input.PeriodStart is null && !problems.Any(p => p.Field is "startsOn" or "fromYear"))
        {
            problems.Add(new FieldProblem("startsOn", ValidationRule.Required));
        }

        if (input.PeriodEnd is null && !problems.Any(p => p.Field is "endsOn" or "toYear"))
        {
            problems.Add(new FieldProblem("endsOn", ValidationRule.Required));
        }

        problems.Ordered("endsOn", input.PeriodStart, input.PeriodEnd, "startsOn");
        if (input.ParentPlan is { } parent)
        {
            await ParentAsync(db, brandId, planId, parent, problems, ct);
        }

        return problems;
    }

    public static void Apply(Plan plan, PlanInput input)
    {
        plan.Number = PlanText.Clean(input.Number);
        plan.IssuedOn = input.IssuedOn;
        plan.Titles = input.Titles.ToDictionary(t => LocaleTag.Normalize(t.Key), t => t.Value.Trim());
        plan.IssuingBody = input.IssuingBody!.Trim();
        (plan.StartsOn, plan.EndsOn) = (input.PeriodStart!.Value, input.PeriodEnd!.Value);
        plan.ParentPlanId = input.ParentPlan;
    }

    /// <summary>The values the audit log records.</summary>
    public static object Summary(Plan p) => new { p.BrandId, p.Number, p.IssuedOn, p.Titles, p.IssuingBody, p.StartsOn, p.EndsOn, p.ParentPlanId };

    private static async Task TitlesAsync(BrandContentDb db, Guid brandId, IReadOnlyDictionary<string, string> titles, List<FieldProblem> problems, CancellationToken ct)
    {
        var sourceLocale = await db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).FirstAsync(ct);
        var locales = (await db.Locales.Unarchived().Select(l => l.Tag).ToListAsync(ct)).ToHashSet();
        // A title per registered locale at most: a longer list is refused as a whole, not title by title.
        problems.InRange("titles", titles.Count, 0, locales.Count);
        foreach (var (tag, title) in titles.Count <= locales.Count ? titles : new Dictionary<string, string>())
        {
            problems.Locale("titles.locale", tag, locales);
            PlanText.Check(problems, $"titles.{tag}", title, Plan.TitleMaxLength);
        }

        if (!titles.Keys.Any(tag => LocaleTag.TryNormalize(tag, out var normalized) && normalized == sourceLocale))
        {
            problems.Add(new FieldProblem($"titles.{sourceLocale}", ValidationRule.Required));
        }
    }

    /// <summary>
    /// The parent exists, is of this brand or a brand above it (a province's plan carries out the nation's), and is not
    /// this plan nor one that carries it out (walking up from the parent must not meet this plan).
    /// </summary>
    private static async Task ParentAsync(BrandContentDb db, Guid brandId, Guid? planId, Guid parentId, List<FieldProblem> problems, CancellationToken ct)
    {
        var plans = await db.Plans.Select(p => new { p.Id, p.BrandId, p.ParentPlanId }).ToDictionaryAsync(p => p.Id, ct);
        if (!plans.TryGetValue(parentId, out var parent))
        {
            problems.Add(new FieldProblem("parentPlan", ValidationRule.Reference, parentId));
            return;
        }

        var brandParents = await db.Brands.Select(b => new { b.Id, b.ParentId }).ToDictionaryAsync(b => b.Id, b => b.ParentId, ct);
        var line = new HashSet<Guid>();
        Guid? brand = brandId;
        while (brand is { } b && line.Add(b))
        {
            brand = brandParents.GetValueOrDefault(b);
        }

        if (!line.Contains(parent.BrandId))
        {
            problems.Add(new FieldProblem("parentPlan", ValidationRule.PlanParent, parentId));
            return;
        }

        var seen = new HashSet<Guid>();
        for (Guid? at = parentId; at is { } id && seen.Add(id); at = plans.GetValueOrDefault(id)?.ParentPlanId)
        {
            if (id == planId)
            {
                problems.Add(new FieldProblem("parentPlan", ValidationRule.PlanCycle, parentId));
                return;
            }
        }
    }

    private static void Year(List<FieldProblem> problems, string field, DateOnly? day)
    {
        if (day is { } d && !PlanYears.Contains(d))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Range, $"{PlanYears.First}-01-01", $"{PlanYears.Last}-12-31", d));
        }
    }

    private static void Years(List<FieldProblem> problems, string field, int? year) =>
        problems.InRange(field, year, PlanYears.First, PlanYears.Last);
}
