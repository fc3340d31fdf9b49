using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Localization;
using BrandContent.Stories;
using GraphQL;
using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.Stories;

public static class StoryLoaders
{
    public static IDataLoaderResult<IReadOnlyList<StoryAlternate>> LoadAlternates(this IResolveFieldContext context, Guid storyId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<StoryAlternate>>($"story-alternates:{chain.Preview}", storyId, async (ids, ct) =>
                (await delivery.Db.StoryAlternatesAsync(ids, chain, delivery.Now, ct)).ToListDictionary())
            .Then(alternates => alternates ?? []);
    }
}
