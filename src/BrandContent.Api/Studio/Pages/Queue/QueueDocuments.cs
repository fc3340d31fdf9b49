using System.Globalization;
using System.Text;
using BrandContent.Localization;

namespace BrandContent.Api.Studio.Pages.Queue;

/// <summary>The queue's GraphQL documents, run through <see cref="StudioApi"/>.</summary>
public static class QueueDocuments
{
    /// <summary>The most locales one queue page asks for, and the most items per locale.</summary>
    public const int MaxLocales = 20;
    public const int ItemsPerLocale = 200;

    /// <summary>The brands and locales to filter by.</summary>
    public const string Filters = """
        query StudioQueueFilters($locale: String) {
          brands(locale: $locale) { slug name locale sourceLocale }
          locales { tag name nativeName }
        }
        """;

    /// <summary>One <c>translationQueue</c> per locale in one document (aliases q0, q1…): one round trip for the page.</summary>
    public static string Items(int locales)
    {
        var document = new StringBuilder("query StudioQueue($brand: String");
        for (var i = 0; i < locales; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $", $l{i}: String!");
        }

        document.Append(") {\n");
        for (var i = 0; i < locales; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"  q{i}: translationQueue(locale: $l{i}, brand: $brand, first: {ItemsPerLocale}) {{ kind entityId locale state label sourceRevision translatedFromRevision sourceUpdatedAt }}\n");
        }

        return document.Append('}').ToString();
    }

    public static Dictionary<string, object?> ItemVariables(string? brand, IReadOnlyList<string> locales)
    {
        var variables = new Dictionary<string, object?> { ["brand"] = brand };
        for (var i = 0; i < locales.Count; i++)
        {
            variables[$"l{i}"] = locales[i];
        }

        return variables;
    }
}

public sealed record QueueBrand(string Slug, string Name, string Locale, string SourceLocale);

public sealed record QueueLocale(string Tag, string Name, string NativeName);

public sealed record QueueFilters(IReadOnlyList<QueueBrand> Brands, IReadOnlyList<QueueLocale> Locales);

/// <summary>A missing or outdated item in one locale, as <c>translationQueue</c> lists it.</summary>
public sealed record QueueItem(
    ContentKind Kind, Guid EntityId, string Locale, string State, string? Label, int SourceRevision, int? TranslatedFromRevision, DateTimeOffset SourceUpdatedAt)
{
    public bool Outdated => State == "OUTDATED";

    public string EditorPath => StudioKinds.EditorPath(Kind, EntityId, Locale);
}
