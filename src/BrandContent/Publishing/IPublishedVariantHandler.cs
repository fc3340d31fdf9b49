using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Publishing;

/// <summary>
/// A feature's reaction to a variant going live, in the publishing transaction (also when the scheduler publishes):
/// clarifications queue their translations, answer incidents and raise their own webhook event.
/// </summary>
public interface IPublishedVariantHandler
{
    Task OnPublishedAsync(LocalizedKind kind, Variant variant, EntityOwner owner, DateTimeOffset now, CancellationToken cancellationToken);
}
