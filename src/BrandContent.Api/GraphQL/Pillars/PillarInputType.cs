using BrandContent.Pillars;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Pillars;

public sealed class PillarInputType : InputObjectGraphType<PillarInput>
{
    public PillarInputType()
    {
        Name = "PillarInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Locale-free handle, unique in the brand.");
        Field<NonNullGraphType<IntGraphType>>("position");
    }
}
