using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// The brands and locales an importing key may write; an empty set of locales means every locale. Checked on the whole
/// file before anything else, so that a key learns nothing about content outside its scope: a unit of another brand
/// and a unit of no brand at all get the same OUT_OF_SCOPE, whatever else is wrong with the file.
/// </summary>
public sealed record XliffWriteScope(BrandSelection Brands, IReadOnlySet<string> Locales)
{
    public static readonly XliffWriteScope Unrestricted = new(BrandSelection.All, new HashSet<string>());

    public async Task CheckAsync(BrandContentDb db, XliffSubmission file, CancellationToken cancellationToken)
    {
        // A tag that is not one is the file's own problem, reported by validation; it reveals nothing.
        if (Locales.Count > 0 && LocaleTag.TryNormalize(file.TargetLanguage, out var locale) && !Locales.Contains(locale))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "locale", locale);
        }

        if (Brands.Ids is null)
        {
            return;
        }

        var units = file.Units.Select(u => (Entry: u, Id: XliffUnitId.TryParse(u.Id, out var id) ? id : null)).ToList();
        var reachable = new HashSet<(ContentKind, Guid)>();
        foreach (var kind in units.Where(u => u.Id is not null).Select(u => u.Id!.Kind).Distinct())
        {
            reachable.UnionWith((await kind.EntitiesAsync(db, Brands, cancellationToken)).Select(e => (kind.Kind, e.Id)));
        }

        if (units.FirstOrDefault(u => u.Id is { } id && !reachable.Contains((id.Kind.Kind, id.EntityId))) is { Entry: { } outside })
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "unit", outside.Location);
        }
    }
}
