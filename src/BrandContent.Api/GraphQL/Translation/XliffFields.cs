using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public static class XliffFields
{
    public static void AddXliffQueries(this ObjectGraphType query)
    {
    }

    public static void AddXliffMutations(this ObjectGraphType mutation)
    {
    }
}
