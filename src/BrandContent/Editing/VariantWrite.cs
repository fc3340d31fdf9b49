namespace BrandContent.Editing;

/// <summary>
/// One variant's change, alone or in a batch of one kind and locale: the entity, the revision the writer read (null: a
/// new variant, or no check), the fields to set (others keep their value), and for a translation the source revision
/// it was made from (null: the current one).
/// </summary>
public sealed record VariantWrite(Guid EntityId, int? ExpectedRevision, IReadOnlyDictionary<string, string?> Values, int? SourceRevision = null);
