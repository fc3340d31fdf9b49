using BrandContent.Api.Studio.Pages.Review;

namespace BrandContent.Api.Studio.Pages.Entities;

/// <summary>The GraphQL documents of the create and archive screens (the create mutations are in <see cref="EntityForm"/>).</summary>
public static class EntityDocuments
{
    public const string Brands = """
        query($ui: String) { brands(locale: $ui) { id slug name sourceLocale locale } }
        """;

    public const string Entity = """
        query($kind: ContentKind!, $id: ID!) { variants(kind: $kind, id: $id) { locale status revision isSource outdated publishAt unpublishAt updatedAt updatedBy fields { name value } } }
        """;

    public const string Archive = """
        mutation($kind: ContentKind!, $id: ID!) { archive(kind: $kind, id: $id) { id archivedAt } }
        """;
}

public sealed record EntityBrand(string Slug, string Name, string SourceLocale, string Locale, Guid Id = default);

public sealed record EntityBrands(IReadOnlyList<EntityBrand> Brands);

public sealed record EntityVariants(IReadOnlyList<WorkingCopy> Variants);

public sealed record CreatedEntity(Guid Id, string Kind, long Version);

public sealed record ArchivedEntity(Guid Id, DateTimeOffset? ArchivedAt);

public sealed record ArchiveData(ArchivedEntity Archive);
