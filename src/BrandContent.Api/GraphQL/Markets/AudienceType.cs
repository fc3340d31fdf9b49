using BrandContent.Markets;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Markets;

public sealed class AudienceType : ObjectGraphType<Audience>
{
    public AudienceType()
    {
        Name = "Audience";
        Description = "A group of people messages are written for (TOURISTS, INVESTORS, STUDENTS…).";
        Field(a => a.Code);
        this.AddNameField(a => a.Names);
    }
}
