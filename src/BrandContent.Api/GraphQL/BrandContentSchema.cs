using GraphQL.Types;

namespace BrandContent.Api.GraphQL;

public sealed class BrandContentSchema : Schema
{
    public BrandContentSchema(IServiceProvider services, DeliveryQuery query, EditingMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "BrandContent: multilingual destination-brand content. Published content only; see README for locale resolution.";
    }
}
