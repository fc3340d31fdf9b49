using BrandContent.Localization;
using BrandContent.Publishing;

namespace BrandContent.Api.Studio.Pages.Xliff;

/// <summary>The GraphQL documents of the XLIFF screen.</summary>
public static class XliffDocuments
{
    public const string Choices = """
        query($ui: String) {
          brands(locale: $ui) { slug name sourceLocale locale }
          locales { tag name nativeName }
        }
        """;

    public const string Export = """
        query($brand: String!, $locale: String!, $kinds: [ContentKind!], $scope: XliffScope) {
          xliffExport(brand: $brand, locale: $locale, kinds: $kinds, scope: $scope) { fileName content unitCount }
        }
        """;

    public const string Import = """
        mutation($content: String!, $submit: Boolean) {
          importXliff(content: $content, submitForReview: $submit) { locale unchangedUnits unitsWithoutTarget changed { kind entityId fields revision status } }
        }
        """;
}

public sealed record XliffBrand(string Slug, string Name, string SourceLocale, string Locale);

public sealed record XliffLocale(string Tag, string Name, string NativeName);

public sealed record XliffChoices(IReadOnlyList<XliffBrand> Brands, IReadOnlyList<XliffLocale> Locales);

public sealed record XliffFile(string FileName, string Content, int UnitCount);

public sealed record XliffExportData(XliffFile XliffExport);

public sealed record XliffChangedVariant(ContentKind Kind, Guid EntityId, IReadOnlyList<string> Fields, int Revision, WorkflowStatus Status);

public sealed record XliffImportSummary(string Locale, int UnchangedUnits, int UnitsWithoutTarget, IReadOnlyList<XliffChangedVariant> Changed);

public sealed record XliffImportData(XliffImportSummary ImportXliff);
