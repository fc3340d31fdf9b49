namespace BrandContent.Api.Studio;

/// <summary>The model of the <c>_FieldProblems</c> partial: a field's messages and the id its input points to.</summary>
public sealed record FieldProblemsView(string Field, IReadOnlyList<string> Messages)
{
    public string Id => IdOf(Field);

    /// <summary>For <c>aria-describedby</c> on the input; only worth setting when there are messages.</summary>
    public static string IdOf(string field) => "problems-" + new string([.. field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
