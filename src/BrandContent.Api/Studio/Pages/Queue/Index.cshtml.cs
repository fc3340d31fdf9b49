using BrandContent.Access;
using BrandContent.Api.Studio.Sessions;
using BrandContent.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Queue;

/// <summary>
/// What waits for translation in the signed-in key's locales (every locale for a key without a locale scope):
/// missing and outdated items, the longest-waiting first, filtered by brand and kind.
/// </summary>
[StudioRequires(Permission.WriteVariants)]
public sealed class IndexModel(StudioApi api) : PageModel
{
    [FromQuery(Name = "brand")]
    public string? Brand { get; set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "locale")]
    public string? Locale { get; set; }

    public QueueFilters Filters { get; private set; } = new([], []);

    /// <summary>The locales this key translates: its scope, or every locale when it has none.</summary>
    public IReadOnlyList<string> Locales { get; private set; } = [];

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The language a missing item's label (its source text) is in, when every brand writes in the same one.</summary>
    public string? SourceLocale => Filters.Brands.Select(b => b.SourceLocale).Distinct().Count() == 1 ? Filters.Brands[0].SourceLocale : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var filters = await api.ExecuteAsync<QueueFilters>(QueueDocuments.Filters, new { locale = culture }, cancellationToken);
        Filters = filters.Data ?? new([], []);
        var scope = HttpContext.StudioUser()!.Caller.Locales;
        Locales = [.. (scope.Count > 0 ? scope.Order(StringComparer.Ordinal) : Filters.Locales.Select(l => l.Tag)).Take(QueueDocuments.MaxLocales)];

        // A filter that names nothing known is dropped, not sent: the page shows every item rather than an error.
        var brand = Filters.Brands.Any(b => b.Slug == Brand) ? Brand : null;
        var locales = Locale is not null && Locales.Contains(Locale) ? [Locale] : Locales;
        var kind = StudioKinds.TryParse(Kind, out var k) ? k : (ContentKind?)null;
        (Brand, Kind, Locale) = (brand, (kind is { } chosen ? StudioKinds.Slug(chosen) : null), locales.Count == 1 && Locales.Count > 1 ? locales[0] : null);

        if (locales.Count == 0)
        {
            Problems = [.. filters.Errors.Select(e => e.Message)];
            return;
        }

        var items = await api.ExecuteAsync<Dictionary<string, List<QueueItem>>>(
            QueueDocuments.Items(locales.Count), QueueDocuments.ItemVariables(brand, locales), cancellationToken);
        Problems = [.. filters.Errors.Concat(items.Errors).Select(e => e.Message).Distinct()];
        Items = [.. (items.Data?.Values.SelectMany(v => v) ?? [])
            .Where(i => kind is null || i.Kind == kind)
            .OrderBy(i => i.SourceUpdatedAt).ThenBy(i => i.Locale, StringComparer.Ordinal).ThenBy(i => i.EntityId)];
    }
}
