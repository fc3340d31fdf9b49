using System.Text.Json;
using BrandContent.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Entities;

/// <summary>
/// Creates a story, key message, event, pillar or asset in a brand with its own values (dates, keys, URL…); its texts
/// are written afterwards in the editor. Problems the API finds are shown next to their fields.
/// </summary>
[StudioRequires(Permission.EditContent)]
public sealed class NewModel(StudioApi api, ReviewText text) : PageModel
{
    [FromRoute(Name = "kind")]
    public string KindName { get; set; } = "";

    public EntityForm Form { get; private set; } = EntityForm.All[0];

    public IReadOnlyList<EntityBrand> Brands { get; private set; } = [];

    [BindProperty]
    public string? Brand { get; set; }

    public Dictionary<string, string?> Values { get; } = [];

    public List<string> Problems { get; } = [];

    public Dictionary<string, List<string>> FieldProblems { get; } = [];

    /// <summary>After creating: the new entity and the brand's source locale, for the links to its text.</summary>
    public (Guid Id, string SourceLocale)? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return NotFound();
        }

        await LoadBrandsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return NotFound();
        }

        await LoadBrandsAsync(cancellationToken);
        foreach (var input in Form.Inputs)
        {
            Values[input.Name] = Request.Form[input.Name].ToString();
        }

        var (values, invalid) = Form.Read(name => Values.GetValueOrDefault(name));
        foreach (var (field, key) in invalid)
        {
            Add(field, text[key]);
        }

        if (string.IsNullOrWhiteSpace(Brand))
        {
            Add("brand", text["Entity.Required"]);
        }

        if (FieldProblems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await api.ExecuteAsync<Dictionary<string, JsonElement>>(Form.Document, new { brand = Brand, input = values }, cancellationToken);
        if (result.Ok && result.Data?.GetValueOrDefault(Form.Mutation) is { ValueKind: JsonValueKind.Object } created)
        {
            var entity = created.Deserialize<CreatedEntity>(StudioApi.Json)!;
            Created = (entity.Id, Brands.FirstOrDefault(b => b.Slug == Brand)?.SourceLocale ?? "vi");
            Values.Clear();
            return Page();
        }

        foreach (var error in result.Errors)
        {
            if (error.Problems.Count == 0)
            {
                Problems.Add(error.Message);
            }

            foreach (var problem in error.Problems)
            {
                var field = Form.Inputs.FirstOrDefault(i => problem.Field == i.Name || problem.Field.StartsWith(i.Name + "[", StringComparison.Ordinal))?.Name;
                if (field is null)
                {
                    Problems.Add(problem.Message);
                }
                else
                {
                    Add(field, problem.Message);
                }
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public FieldProblemsView ProblemsOf(string field) => new(field, FieldProblems.GetValueOrDefault(field) ?? []);

    private bool Choose()
    {
        if (!StudioKinds.TryParse(KindName, out var kind) || EntityForm.Of(kind) is not { } form)
        {
            return false;
        }

        Form = form;
        return true;
    }

    private async Task LoadBrandsAsync(CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var brands = await api.ExecuteAsync<EntityBrands>(EntityDocuments.Brands, new { ui = culture }, cancellationToken);
        Brands = brands.Data?.Brands ?? [];
        Problems.AddRange(brands.Errors.Select(e => e.Message));
    }

    private void Add(string field, string message)
    {
        if (!FieldProblems.TryGetValue(field, out var messages))
        {
            FieldProblems[field] = messages = [];
        }

        messages.Add(message);
    }
}
