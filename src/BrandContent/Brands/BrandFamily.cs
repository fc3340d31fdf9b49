namespace BrandContent.Brands;

/// <summary>
/// A brand with the brands above it (parent, its parent…) and below it (children, their children…): the brands whose
/// answers embed one another's names, pillars or messages, so a change of one is a change of all.
/// </summary>
public static class BrandFamily
{
    /// <summary>The family of <paramref name="brandId"/>, given every brand's parent in <paramref name="parents"/> (null for a top brand).</summary>
    public static IReadOnlySet<Guid> Of(IReadOnlyDictionary<Guid, Guid?> parents, Guid brandId)
    {
        var family = Above(parents, brandId).Append(brandId).ToHashSet();
        family.UnionWith(parents.Keys.Where(id => Above(parents, id).Contains(brandId)));
        return family;
    }

    /// <summary>The brand's parent, the parent's parent…; a cycle (never written, but cheap to survive) ends the walk.</summary>
    private static IEnumerable<Guid> Above(IReadOnlyDictionary<Guid, Guid?> parents, Guid id)
    {
        var seen = new HashSet<Guid>();
        for (var up = parents.GetValueOrDefault(id); up is { } parent && seen.Add(parent); up = parents.GetValueOrDefault(parent))
        {
            yield return parent;
        }
    }
}
