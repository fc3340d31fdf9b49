using BrandContent.Api.Access;
using BrandContent.Schedule;
using GraphQL;

namespace BrandContent.Api.GraphQL.Schedule;

public static class ScheduleAccess
{
    /// <summary>The brands and markets the caller's key covers, for slots reached by id rather than by argument.</summary>
    public static ScheduleScope ScheduleScope(this Caller caller) => new(caller.Brands, caller.Markets);

    public static ScheduleScope ScheduleScope(this IResolveFieldContext context) => context.Caller().ScheduleScope();
}
