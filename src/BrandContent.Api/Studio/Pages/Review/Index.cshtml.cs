using BrandContent.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>What waits for review, in the brands and locales the key reaches: oldest first, IN_REVIEW before APPROVED.</summary>
[StudioRequires(Permission.ReadWork)]
public sealed class IndexModel(StudioApi api) : PageModel
{
    public IReadOnlyList<ReviewQueueItem> Items { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await api.ExecuteAsync<ReviewQueueData>(ReviewDocuments.Queue, null, cancellationToken);
        Items = result.Data?.ReviewQueue ?? [];
        Problems = [.. result.Errors.Select(e => e.Message)];
    }
}
