namespace BrandContent.Editing;

public enum FieldFormat
{
    Text,
    Markdown,
    Slug,

    /// <summary>A list of short items (keywords, usage rules), one per line in text form (XLIFF, reports).</summary>
    Lines,
}

/// <summary>
/// A localizable field of a variant: what translators translate and validation checks. A field that is not
/// <paramref name="Translatable"/> (a post's media ids) is set per locale by editors but is no text to translate: XLIFF
/// and the glossary leave it out, and a new translation starts with the source's value.
/// </summary>
public sealed record LocalizedField(string Name, int MaxLength, bool Required = false, FieldFormat Format = FieldFormat.Text, bool Translatable = true)
{
    public bool IsList => Format == FieldFormat.Lines;
}
