using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Api.GraphQL.Editing;

/// <summary>A working variant as editors and translators see it, with the source's current revision to judge it by.</summary>
public sealed record EditableVariant(LocalizedKind Kind, Variant Variant, int? CurrentSourceRevision)
{
    public bool IsSource => Variant.SourceRevision is null;

    public bool Outdated => !IsSource && Variant.SourceRevision < CurrentSourceRevision;

    public static async Task<EditableVariant> LoadAsync(BrandContentDb db, LocalizedKind kind, Variant variant, CancellationToken cancellationToken)
    {
        var owner = await kind.FindOwnerAsync(db, variant.OwnerId, cancellationToken);
        var source = owner is null ? null : await kind.SourceVariantAsync(db, owner, cancellationToken);
        return new EditableVariant(kind, variant, source?.Revision);
    }
}
