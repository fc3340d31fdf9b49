namespace BrandContent.Editing;

/// <summary>
/// An input that names other brands (a clarification's concerned brands): the API gives it the brands the editor's key
/// covers, so that its rules refuse a brand outside them like an id that names nothing.
/// </summary>
public interface IBrandScopedInput
{
    /// <summary>A copy limited to these brands (empty: every brand, as for an unscoped key).</summary>
    object WithEditorBrands(IReadOnlySet<Guid> brandIds);
}
