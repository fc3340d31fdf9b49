using BrandContent.Access;
using BrandContent.Api.Studio.Sessions;
using BrandContent.Localization;
using BrandContent.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>
/// One variant under review: its working copy against its live copy, and the steps the workflow allows from its
/// state (approve, request changes, publish now or at a market's time, unpublish). The API decides; the page asks.
/// </summary>
[StudioRequires(Permission.ReadWork)]
public sealed class VariantModel(StudioApi api, ReviewText text) : PageModel
{
    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = "";

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    [FromRoute(Name = "locale")]
    public string Locale { get; set; } = "";

    public ContentKind Kind { get; private set; }

    public WorkingCopy? Working { get; private set; }

    public LiveCopy? Live { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    /// <summary>Markets whose chain holds the locale (every market when none does): where a publishing time can be given.</summary>
    public IReadOnlyList<MarketZone> Markets { get; private set; } = [];

    public List<string> Problems { get; } = [];

    public Dictionary<string, List<string>> FieldProblems { get; } = [];

    /// <summary>The step just carried out (after the redirect), for the confirmation.</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? PublishAt { get; set; }

    [BindProperty]
    public string? Market { get; set; }

    public bool CanReview => HttpContext.StudioUser()?.Can(Permission.Review) == true;

    public string Self => StudioKinds.ReviewPath(Kind, Id, Locale);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        StepAsync(ReviewDocuments.Approve, new { }, "approve", cancellationToken);

    /// <summary>The API refuses a blank comment (REQUIRED on comment); the page shows it next to the field.</summary>
    public Task<IActionResult> OnPostRequestChangesAsync(CancellationToken cancellationToken) =>
        StepAsync(ReviewDocuments.RequestChanges, new { comment = Comment ?? "" }, "requestChanges", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        StepAsync(ReviewDocuments.Publish, new { publishAt = (DateTimeOffset?)null }, "publish", cancellationToken);

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var market = Markets.FirstOrDefault(m => m.Code == Market);
        if (market is null)
        {
            AddFieldProblem("market", text["Review.Market.Unknown"]);
            return Page();
        }

        var moment = PublishMoment.Read(PublishAt, market);
        if (moment.Instant is not { } instant)
        {
            AddFieldProblem("publishAt", text[moment.ProblemKey!, market.TimeZone]);
            return Page();
        }

        return await StepAsync(ReviewDocuments.Publish, new { publishAt = instant }, "schedule", cancellationToken);
    }

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        StepAsync(ReviewDocuments.Unpublish, new { }, "unpublish", cancellationToken);

    private async Task<IActionResult> StepAsync(string document, object extra, string done, CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(KindName, out var kind))
        {
            return NotFound();
        }

        var variables = new Dictionary<string, object?> { ["kind"] = kind, ["id"] = Id, ["locale"] = Locale, ["revision"] = Revision };
        foreach (var property in extra.GetType().GetProperties())
        {
            variables[property.Name] = property.GetValue(extra);
        }

        var result = await api.ExecuteAsync<object>(document, variables, cancellationToken);
        if (result.Ok)
        {
            // Post, redirect, get: a reload does not send the step again.
            return Redirect(StudioKinds.ReviewPath(kind, Id, Locale) + $"?done={done}");
        }

        foreach (var error in result.Errors)
        {
            if (error.Problems.Count == 0)
            {
                Problems.Add(error.Message);
            }

            foreach (var problem in error.Problems)
            {
                AddFieldProblem(problem.Field, problem.Message);
            }
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!StudioKinds.TryParse(KindName, out var kind))
        {
            return false;
        }

        Kind = kind;
        Locale = LocaleTag.Normalize(Locale);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await api.ExecuteAsync<ReviewVariantData>(ReviewDocuments.Variant, new { kind, id = Id, locale = Locale, ui = culture }, cancellationToken);
        if (result.Data is not { } data)
        {
            Problems.AddRange(result.Errors.Select(e => e.Message));
            if (result.Has(ErrorCode.OutOfScope) || result.Has(ErrorCode.Forbidden))
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return result.Errors.Count > 0 && !result.Errors.All(e => e.Code == ErrorCode.VariantNotFound);
        }

        Working = data.Variants.FirstOrDefault(v => v.Locale == Locale);
        if (Working is null)
        {
            return false;
        }

        Live = data.LiveVariant;
        Changes = FieldDiff.Compare(Working.Fields, Live?.Fields);
        var serving = data.Markets.Where(m => m.LocaleChain.Contains(Locale, StringComparer.OrdinalIgnoreCase)).ToList();
        Markets = serving.Count > 0 ? serving : data.Markets;
        Market ??= Markets.FirstOrDefault()?.Code;
        if (HttpMethods.IsGet(Request.Method))
        {
            Revision = Working.Revision;
        }

        return true;
    }

    private void AddFieldProblem(string field, string message)
    {
        if (!FieldProblems.TryGetValue(field, out var messages))
        {
            FieldProblems[field] = messages = [];
        }

        messages.Add(message);
    }

    public FieldProblemsView ProblemsOf(string field) => new(field, FieldProblems.GetValueOrDefault(field) ?? []);

    public bool Allows(WorkflowStatus status) => Working?.Status == status;
}
