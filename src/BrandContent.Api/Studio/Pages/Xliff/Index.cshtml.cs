using System.Text;
using BrandContent.Access;
using BrandContent.Api.Limits;
using BrandContent.Api.Studio.Sessions;
using BrandContent.Localization;
using BrandContent.Translation.Xliff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Studio.Pages.Xliff;

/// <summary>
/// XLIFF 2.0 out and in: download a brand's text for a target locale (some kinds, a scope), upload a translated file.
/// A refused file lists every problem with its line, unit and rule, and nothing is saved (importXliff is all or nothing).
/// </summary>
[StudioRequires(Permission.ReadWork)]
public sealed class IndexModel(StudioApi api, IOptions<RequestLimits> limits, ReviewText text) : PageModel
{
    /// <summary>The kinds a translator hands out as files; brands' own identity text and posts go the same way.</summary>
    public static readonly IReadOnlyList<ContentKind> Kinds = Enum.GetValues<ContentKind>();

    public XliffChoices Choices { get; private set; } = new([], []);

    [BindProperty(SupportsGet = true)]
    public string? Brand { get; set; }

    [BindProperty(SupportsGet = true, Name = "locale")]
    public string? TargetLocale { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<ContentKind> Kind { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public XliffScope Scope { get; set; } = XliffScope.MissingOrOutdated;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool SubmitForReview { get; set; }

    public List<string> Problems { get; } = [];

    public IReadOnlyList<XliffProblem> FileProblems { get; private set; } = [];

    public XliffImportSummary? Imported { get; private set; }

    public long MaxBytes => limits.Value.MaxImportBodyBytes;

    public bool CanUpload => HttpContext.StudioUser()?.Can(Permission.WriteVariants) == true;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    /// <summary>The file itself (a GET form: the choice is in the address, nothing changes).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var result = await api.ExecuteAsync<XliffExportData>(
            XliffDocuments.Export, new { brand = Brand ?? "", locale = TargetLocale ?? "", kinds = Kind, scope = Scope }, cancellationToken);
        if (result.Data?.XliffExport is { } file)
        {
            return File(Encoding.UTF8.GetBytes(file.Content), "application/xliff+xml", file.FileName);
        }

        Problems.AddRange(result.Errors.SelectMany(e => e.Problems.Count == 0 ? [e.Message] : e.Problems.Select(p => p.Message)));
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Upload is not { Length: > 0 })
        {
            Problems.Add(text["Xliff.NoFile"]);
            return Page();
        }

        if (Upload.Length > MaxBytes)
        {
            Problems.Add(text["Xliff.TooLarge", Mebibytes(Upload.Length), Mebibytes(MaxBytes)]);
            return Page();
        }

        string content;
        try
        {
            using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            content = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            Problems.Add(text["Xliff.NotUtf8"]);
            return Page();
        }

        var result = await api.ExecuteAsync<XliffImportData>(XliffDocuments.Import, new { content, submit = SubmitForReview }, cancellationToken);
        Imported = result.Data?.ImportXliff;
        FileProblems = [.. result.Problems.Select(XliffProblem.From)];
        Problems.AddRange(result.Errors.Where(e => e.Problems.Count == 0).Select(e => e.Message));
        if (!result.Ok)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var choices = await api.ExecuteAsync<XliffChoices>(XliffDocuments.Choices, new { ui = culture }, cancellationToken);
        Choices = choices.Data ?? Choices;
        Problems.AddRange(choices.Errors.Select(e => e.Message));
    }

    private static string Mebibytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
