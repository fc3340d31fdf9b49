using GraphQL.Types;

namespace BrandContent.Api.GraphQL;

public sealed class BrandContentSchema : Schema
{
    public BrandContentSchema(IServiceProvider services, DeliveryQuery query)
        : base(services)
    {
        Query = query;
        Description = "BrandContent: multilingual destination-brand content. Published content only; see README for locale resolution.";
    }
}
