namespace BrandContent.Api.Studio;

/// <summary>One problem of a field, as the API reported it under <c>extensions.data.problems</c>.</summary>
public sealed record StudioFieldProblem(string Field, string Rule, string Message);

/// <summary>An error of the API: its <c>extensions.code</c>, the message in the page's language, the path, field problems.</summary>
public sealed record StudioError(string Code, string Message, IReadOnlyList<string> Path, IReadOnlyList<StudioFieldProblem> Problems);

/// <summary>What a document returned: <typeparamref name="T"/> read from <c>data</c> (null when there was none) and the errors.</summary>
public sealed record StudioResult<T>(T? Data, IReadOnlyList<StudioError> Errors)
{
    public bool Ok => Errors.Count == 0;

    /// <summary>Every field problem of every error, for the fields of a form.</summary>
    public IEnumerable<StudioFieldProblem> Problems => Errors.SelectMany(e => e.Problems);

    /// <summary>The problems of one field (the API's field name, e.g. <c>fields.title</c>).</summary>
    public IEnumerable<StudioFieldProblem> ProblemsOf(string field) => Problems.Where(p => string.Equals(p.Field, field, StringComparison.Ordinal));

    public bool Has(string code) => Errors.Any(e => e.Code == code);
}
