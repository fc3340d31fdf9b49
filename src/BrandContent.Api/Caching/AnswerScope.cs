using BrandContent.Brands;
using BrandContent.Changes;
using GraphQL;

namespace BrandContent.Api.Caching;

/// <summary>
/// What one answer covers, recorded by the root resolvers as they run: the brands it is about (so a change of one of
/// them evicts it), whether it is about all brands or reference data, whether it read working copies (never cached).
/// </summary>
public sealed class AnswerScope
{
    private readonly Dictionary<Guid, string> brands = [];

    public IReadOnlyDictionary<Guid, string> Brands => brands;

    /// <summary>About every brand or about reference data (brand lists, markets, locales).</summary>
    public bool Global { get; private set; }

    /// <summary>Working copies were read: the answer is an editor's, not a published one.</summary>
    public bool Preview { get; private set; }

    public void Covers(Brand brand) => brands.TryAdd(brand.Id, brand.Slug);

    public void CoversAll() => Global = true;

    public void ReadsWorkingCopies() => Preview = true;

    /// <summary>Part of the answer changes with time by itself (a post's slots fall due): it is never kept, like a preview.</summary>
    public void ChangesWithTime() => Preview = true;

    /// <summary>Each read of the answer is counted (a partner key's key messages, Partners/PartnerActivityRecorder): it is never kept.</summary>
    public bool Counted { get; private set; }

    public void CountsEachRead() => Counted = true;

    /// <summary>The change tags that evict the answer: its brands, "global" for answers about all, and "all".</summary>
    public IEnumerable<string> Tags => brands.Keys.Select(ChangeTags.Brand).Append(ChangeTags.Everything).Concat(Global ? [ChangeTags.Global] : []);
}

/// <summary>What GraphQL.NET carries through every attempt of one execution (<c>ExecutionOptions.UserContext</c>).</summary>
public sealed class GraphQLRequestState : Dictionary<string, object?>
{
    public AnswerScope Answer { get; } = new();
}

public static class AnswerScopeAccess
{
    /// <summary>For resolvers of reference data and lists of all brands: notes it and goes on.</summary>
    public static IResolveFieldContext CoveringAll(this IResolveFieldContext context)
    {
        context.Answer().CoversAll();
        return context;
    }

    /// <summary>The answer's scope; a throw-away one where no request state is kept (document checks).</summary>
    public static AnswerScope Answer(this IResolveFieldContext context) => (context.UserContext as GraphQLRequestState)?.Answer ?? new AnswerScope();
}
