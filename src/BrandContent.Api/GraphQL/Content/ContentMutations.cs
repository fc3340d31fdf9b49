using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

public static class ContentMutations
{
    public static void AddContentMutations(this ObjectGraphType mutation)
    {
    }
}
