using BrandContent.Access;
using BrandContent.Api.Studio.Pages.Review;
using BrandContent.Api.Studio.Sessions;
using BrandContent.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.History;

/// <summary>A variant's history, newest first: who did what and when; one revision's text; restoring it (restoreRevision).</summary>
[StudioRequires(Permission.ReadWork)]
public sealed class IndexModel(StudioApi api) : PageModel
{
    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = "";

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    [FromRoute(Name = "locale")]
    public string Locale { get; set; } = "";

    /// <summary>The revision to show in full (a link from the list).</summary>
    [FromQuery(Name = "revision")]
    public int? Shown { get; set; }

    [FromQuery(Name = "restored")]
    public int? Restored { get; set; }

    public ContentKind Kind { get; private set; }

    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    public WorkingCopy? Working { get; private set; }

    public HistoryEntry? Selected => Entries.FirstOrDefault(e => e.Revision == Shown && e.Fields is not null);

    public List<string> Problems { get; } = [];

    public bool CanRestore => HttpContext.StudioUser()?.Can(Permission.WriteVariants) == true;

    public string Self => StudioKinds.HistoryPath(Kind, Id, Locale);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync([FromForm] int revision, [FromForm] int expected, CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(KindName, out var kind))
        {
            return NotFound();
        }

        var result = await api.ExecuteAsync<object>(
            HistoryDocuments.Restore, new { kind, id = Id, locale = LocaleTag.Normalize(Locale), revision, expected }, cancellationToken);
        if (result.Ok)
        {
            return Redirect(StudioKinds.HistoryPath(kind, Id, LocaleTag.Normalize(Locale)) + $"?restored={revision}");
        }

        Problems.AddRange(result.Errors.SelectMany(e => e.Problems.Count == 0 ? [e.Message] : e.Problems.Select(p => p.Message)));
        Shown = revision;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(KindName, out var kind))
        {
            return false;
        }

        Kind = kind;
        Locale = LocaleTag.Normalize(Locale);
        var result = await api.ExecuteAsync<HistoryData>(HistoryDocuments.History, new { kind, id = Id, locale = Locale }, cancellationToken);
        Problems.AddRange(result.Errors.Select(e => e.Message));
        if (result.Data is not { } data)
        {
            return result.Errors.Count > 0;
        }

        Working = data.Variants.FirstOrDefault(v => v.Locale == Locale);
        Entries = data.VariantHistory;
        return Working is not null || Entries.Count > 0;
    }
}
