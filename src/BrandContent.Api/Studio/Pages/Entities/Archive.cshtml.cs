using BrandContent.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Entities;

/// <summary>
/// Archiving an entity, with a confirmation step: the GET shows what would be archived, the POST archives it
/// (the archive mutation keeps everything and stops serving it).
/// </summary>
[StudioRequires(Permission.EditContent)]
public sealed class ArchiveModel(StudioApi api) : PageModel
{
    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = "";

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    public Localization.ContentKind Kind { get; private set; }

    public string? Label { get; private set; }

    public string? LabelLocale { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await api.ExecuteAsync<ArchiveData>(EntityDocuments.Archive, new { kind = Kind, id = Id }, cancellationToken);
        ArchivedAt = result.Data?.Archive.ArchivedAt;
        Problems.AddRange(result.Errors.Select(e => e.Message));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(KindName, out var kind))
        {
            return false;
        }

        Kind = kind;
        var result = await api.ExecuteAsync<EntityVariants>(EntityDocuments.Entity, new { kind, id = Id }, cancellationToken);
        Problems.AddRange(result.Errors.Select(e => e.Message));
        if (result.Data is { } data)
        {
            var shown = data.Variants.FirstOrDefault(v => v.IsSource) ?? data.Variants.FirstOrDefault();
            Label = shown?.Fields.FirstOrDefault()?.Value;
            LabelLocale = shown?.Locale;

            // An entity without texts yet (just created) is archivable too; an id that names nothing is the API's to refuse.
            return true;
        }

        return Problems.Count > 0;
    }
}
