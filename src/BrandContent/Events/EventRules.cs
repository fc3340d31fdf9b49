using System.Globalization;
using BrandContent.Editing;
using BrandContent.Storage;

namespace BrandContent.Events;

public sealed record EventInput(DateOnly StartsOn, DateOnly EndsOn, string Place);

public sealed class EventRules : IEntityRules<Event, EventInput>
{
    public static readonly EventRules Instance = new();


    public Task<List<FieldProblem>> ValidateAsync(BrandContentDb db, Event entity, Guid brandId, EventInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.Line("place", input.Place, Event.PlaceMaxLength);
        problems.Ordered("endsOn", input.StartsOn, (DateOnly?)input.EndsOn, "startsOn");
        return Task.FromResult(problems);
    }

    public Task ApplyAsync(BrandContentDb db, Event entity, EventInput input, CancellationToken cancellationToken)
    {
        (entity.StartsOn, entity.EndsOn, entity.Place) = (input.StartsOn, input.EndsOn, input.Place.Trim());
        return Task.CompletedTask;
    }

    public IReadOnlyDictionary<string, string?> Summary(Event entity) => new Dictionary<string, string?>
    {
        ["brandId"] = entity.BrandId.ToString(),
        ["startsOn"] = entity.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["endsOn"] = entity.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["place"] = entity.Place,
    };
}
