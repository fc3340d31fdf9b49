using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Stories;
using GraphQL;
using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.Stories;

public static class StoryLoaders
{
    public static IDataLoaderResult<IReadOnlyList<StoryAlternate>> LoadAlternates(this IResolveFieldContext context, Guid storyId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<StoryAlternate>>("story-alternates", storyId, async (ids, ct) =>
                (await delivery.Db.AlternatesAsync(ids, delivery.Now, ct)).ToListDictionary())
            .Then(alternates => alternates ?? []);
    }
}
