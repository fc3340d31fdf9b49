using System.Text.RegularExpressions;

namespace BrandContent.Api.Studio.Pages.Xliff;

/// <summary>
/// A problem of a refused XLIFF file as a row of the problem list: the API names where it is as
/// <c>line 12: unit STORY.…title</c> (or <c>line 3: DOCTYPE</c>, or an attribute such as <c>xliff@trgLang</c>).
/// </summary>
public sealed partial record XliffProblem(int? Line, string? Unit, string Rule, string Message)
{
    public static XliffProblem From(StudioFieldProblem problem)
    {
        var where = LineAndUnit().Match(problem.Field);
        if (!where.Success)
        {
            return new(null, problem.Field, problem.Rule, problem.Message);
        }

        return new(int.Parse(where.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            where.Groups["unit"].Success ? where.Groups["unit"].Value : where.Groups["what"].Value, problem.Rule, problem.Message);
    }

    [GeneratedRegex(@"^line (?<line>\d{1,9}): (?:unit (?<unit>.+)|(?<what>.+))$")]
    private static partial Regex LineAndUnit();
}
