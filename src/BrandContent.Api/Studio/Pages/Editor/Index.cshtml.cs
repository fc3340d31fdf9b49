using BrandContent.Access;
using BrandContent.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Editor;

/// <summary>
/// The side-by-side editor of one translation: the source (with what changed in it since the translation was made),
/// the translation's fields with their counts, the glossary terms the source uses; save with the revision read (a
/// conflict shows the other change for a merge, never overwrites it) and submit for review.
/// </summary>
[StudioRequires(Permission.WriteVariants)]
public sealed class IndexModel(StudioApi api, EditorText text) : PageModel
{
    /// <summary>The API's answers that mean "no such item for you here": shown as a not-found page.</summary>
    private static readonly string[] NotFoundCodes =
        [ErrorCode.NotFound, ErrorCode.OutOfScope, ErrorCode.InvalidLocale, ErrorCode.LocaleNotFound, ErrorCode.NotATranslation, ErrorCode.VariantNotFound, ErrorCode.InvalidValue];

    public Workspace? Workspace { get; private set; }

    public IReadOnlyList<EditorField> Fields { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<GlossaryWarning> GlossaryWarnings { get; private set; } = [];

    /// <summary>The revision the form sends back: the one read, or after a conflict the one that won.</summary>
    public int ExpectedRevision { get; private set; }

    public bool Conflict { get; private set; }

    /// <summary>What just happened: <c>saved</c> or <c>submitted</c>.</summary>
    public string? Done { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string id, string locale, [FromQuery] string? done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, locale, cancellationToken) is { } missing)
        {
            return missing;
        }

        Done = done is "saved" or "submitted" ? done : null;
        Fields = [.. Translatable().Select(rule => EditorField.Of(Workspace!, rule, Workspace!.Target?[rule.Name], [], null))];
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, string id, string locale, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, locale, cancellationToken) is { } missing)
        {
            return missing;
        }

        var form = EditorForm.Read(Request.Form, Translatable());
        var saved = await api.ExecuteAsync<SaveData>(
            EditorDocuments.Save,
            new { kind = Workspace!.Kind, id = Workspace.EntityId, locale = Workspace.Locale, expectedRevision = form.ExpectedRevision, sourceRevision = form.SourceRevision, fields = form.Changes() },
            cancellationToken);
        if (saved.Ok)
        {
            return Redirect(StudioKinds.EditorPath(Workspace.Kind, Workspace.EntityId, Workspace.Locale) + "?done=saved");
        }

        if (saved.Has(ErrorCode.Conflict))
        {
            // Read again: the page now shows what the other person saved next to what this one typed, to merge.
            if (await LoadAsync(kind, id, locale, cancellationToken) is { } gone)
            {
                return gone;
            }

            Conflict = true;
            var history = await api.ExecuteAsync<HistoryData>(
                EditorHistory.Document, new { kind = Workspace!.Kind, id = Workspace.EntityId, locale = Workspace.Locale }, cancellationToken);
            var read = history.Data?.TextAt(form.ExpectedRevision);
            Fields = [.. Translatable().Select(rule => Merge(rule, form.Values[rule.Name], read?.FirstOrDefault(f => f.Name == rule.Name)?.Value, read is not null))];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        ExpectedRevision = form.ExpectedRevision;
        Problems = [.. saved.Errors.Where(e => e.Problems.Count == 0).Select(e => e.Message)];
        Fields = [.. Translatable().Select(rule => EditorField.Of(Workspace, rule, form.Values[rule.Name], saved.Problems, null))];
        Problems = [.. Problems, .. saved.Problems.Where(p => !Fields.Any(f => f.Problems.Contains(p.Message))).Select(p => p.Message)];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string kind, string id, string locale, CancellationToken cancellationToken)
    {
        if (await LoadAsync(kind, id, locale, cancellationToken) is { } missing)
        {
            return missing;
        }

        var expected = EditorForm.Revision(Request.Form);
        var submitted = await api.ExecuteAsync<SubmitData>(
            EditorDocuments.Submit, new { kind = Workspace!.Kind, id = Workspace.EntityId, locale = Workspace.Locale, expectedRevision = expected }, cancellationToken);
        if (submitted.Ok)
        {
            // Read again for the new status; the glossary's warnings are shown once, here.
            await LoadAsync(kind, id, locale, cancellationToken);
            Done = "submitted";
            GlossaryWarnings = submitted.Data?.SubmitForReview.GlossaryWarnings ?? [];
        }
        else
        {
            Problems = [.. submitted.Errors.Select(e => e.Message)];
            Response.StatusCode = submitted.Has(ErrorCode.Conflict) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        Fields = [.. Translatable().Select(rule => EditorField.Of(Workspace!, rule, Workspace!.Target?[rule.Name], [], null))];
        return Page();
    }

    public string FieldLabel(string field) => text["Field." + field];

    private IEnumerable<FieldRule> Translatable() => Workspace?.Fields.Where(f => f.Translatable) ?? [];

    private static bool Differs(string? theirs, string? mine) => !string.Equals(theirs ?? "", mine ?? "", StringComparison.Ordinal);

    /// <summary>
    /// A field after a conflict: only one side changed it since the revision read → that side's text; both changed
    /// it differently (or what was read is unknown) → the user's text, with the other's beside it to choose or edit.
    /// </summary>
    private EditorField Merge(FieldRule rule, string? mine, string? read, bool readKnown)
    {
        var theirs = Workspace!.Target?[rule.Name];
        if (readKnown && !Differs(read, mine))
        {
            return EditorField.Of(Workspace, rule, theirs, [], null);
        }

        var conflicting = Differs(theirs, mine) && (!readKnown || Differs(read, theirs));
        return EditorField.Of(Workspace, rule, mine, [], conflicting ? theirs ?? "" : null);
    }

    /// <summary>Reads the workspace; a result (the not-found page) when the address names nothing this key may translate.</summary>
    private async Task<IActionResult?> LoadAsync(string kind, string id, string locale, CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(kind, out var contentKind) || !Guid.TryParse(id, out var entityId) || locale.Length > LocaleTag.MaxLength)
        {
            return NotFoundPage(text["Editor.NotFound"]);
        }

        var result = await api.ExecuteAsync<WorkspaceData>(EditorDocuments.Workspace, new { kind = contentKind, id = entityId, locale }, cancellationToken);
        if (result.Data?.TranslationWorkspace is { } workspace)
        {
            Workspace = workspace;
            ExpectedRevision = workspace.Target?.Revision ?? 0;
            return null;
        }

        return result.Errors.FirstOrDefault(e => NotFoundCodes.Contains(e.Code)) is { } notFound
            ? NotFoundPage(notFound.Message)
            : throw new InvalidOperationException("The editor's workspace could not be read: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    private PageResult NotFoundPage(string message)
    {
        NotFoundMessage = message;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
