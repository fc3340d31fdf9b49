namespace BrandContent.Editing;

public enum FieldFormat
{
    Text,
    Markdown,
    Slug,

    /// <summary>A list of short items (keywords, usage rules), one per line in text form (XLIFF, reports).</summary>
    Lines,
}

/// <summary>A localizable field of a variant: what translators translate and validation checks.</summary>
public sealed record LocalizedField(string Name, int MaxLength, bool Required = false, FieldFormat Format = FieldFormat.Text)
{
    public bool IsList => Format == FieldFormat.Lines;
}
