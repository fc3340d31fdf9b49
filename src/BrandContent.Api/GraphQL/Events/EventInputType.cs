using BrandContent.Events;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Events;

public sealed class EventInputType : InputObjectGraphType<EventInput>
{
    public EventInputType()
    {
        Name = "EventInput";
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn");
        Field<NonNullGraphType<StringGraphType>>("place");
    }
}
