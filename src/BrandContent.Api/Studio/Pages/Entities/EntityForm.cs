using System.Globalization;
using BrandContent.Localization;

namespace BrandContent.Api.Studio.Pages.Entities;

/// <summary>How a form input becomes a value of the create mutation's input object.</summary>
public enum EntityInputKind
{
    Text,
    Date,
    Integer,

    /// <summary>A whole number beyond 32 bits (a file's size in bytes).</summary>
    LongInteger,
    Number,
    Instant,

    /// <summary>One item per line (tags, pillar keys, market codes, ids).</summary>
    Lines,
    AssetKind,

    /// <summary>A clarification's severity, one of <see cref="EntityForm.Severities"/>.</summary>
    Severity,

    /// <summary>Brands ticked in a group of check boxes (a clarification's other brands concerned): their ids.</summary>
    Brands,
}

/// <summary>
/// One input of a create form: the input object's field it fills, whether the schema requires it, and the label's
/// resource when the field's usual one does not fit this kind (a clarification's markets are required, not "none: every market").
/// </summary>
public sealed record EntityInput(string Name, EntityInputKind Kind, bool Required = false, string? Label = null)
{
    public string LabelKey => "Entity.Field." + (Label ?? Name);
}

/// <summary>
/// The create form of a kind: the fields of its input object (the schema's <c>StoryInput</c>, <c>EventInput</c>…),
/// the mutation that takes it, and how each typed value is read. Which values are acceptable is the API's to say.
/// </summary>
public sealed record EntityForm(ContentKind Kind, string Mutation, string InputType, IReadOnlyList<EntityInput> Inputs)
{
    public const int MaxInputLength = 4000;

    public static readonly IReadOnlyList<EntityForm> All =
    [
        new(ContentKind.Story, "createStory", "StoryInput",
            [new("date", EntityInputKind.Date, true), new("tags", EntityInputKind.Lines), new("pillars", EntityInputKind.Lines), new("heroAsset", EntityInputKind.Text)]),
        new(ContentKind.KeyMessage, "createKeyMessage", "KeyMessageInput",
            [new("priority", EntityInputKind.Integer, true), new("validFrom", EntityInputKind.Date), new("validTo", EntityInputKind.Date),
             new("markets", EntityInputKind.Lines), new("audiences", EntityInputKind.Lines), new("pillar", EntityInputKind.Text), new("alignsWith", EntityInputKind.Text)]),
        new(ContentKind.Event, "createEvent", "EventInput",
            [new("startsOn", EntityInputKind.Date, true), new("endsOn", EntityInputKind.Date, true), new("place", EntityInputKind.Text, true)]),
        new(ContentKind.Pillar, "createPillar", "PillarInput",
            [new("key", EntityInputKind.Text, true), new("position", EntityInputKind.Integer, true)]),
        new(ContentKind.Asset, "createAsset", "AssetInput",
            [new("kind", EntityInputKind.AssetKind, true), new("url", EntityInputKind.Text, true), new("mimeType", EntityInputKind.Text, true),
             new("credit", EntityInputKind.Text), new("license", EntityInputKind.Text), new("width", EntityInputKind.Integer), new("height", EntityInputKind.Integer),
             new("durationSeconds", EntityInputKind.Number), new("sizeBytes", EntityInputKind.LongInteger), new("rightsExpireAt", EntityInputKind.Instant),
             new("tags", EntityInputKind.Lines), new("pillarIds", EntityInputKind.Lines)]),
        new(ContentKind.Clarification, "createClarification", "ClarificationInput",
            [new("severity", EntityInputKind.Severity, true), new("markets", EntityInputKind.Lines, true, "concernedMarkets"), new("sourceUrl", EntityInputKind.Text),
             new("spreadOn", EntityInputKind.Lines), new("relatedStories", EntityInputKind.Lines), new("concernedBrands", EntityInputKind.Brands)]),
    ];

    public static readonly IReadOnlyList<string> AssetKinds = ["IMAGE", "VIDEO", "INFOGRAPHIC", "DOCUMENT"];

    public static readonly IReadOnlyList<string> Severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    public string Document => $$"""
        mutation($brand: String!, $input: {{InputType}}!) {
          {{Mutation}}(brand: $brand, input: $input) { id kind version }
        }
        """;

    public static EntityForm? Of(ContentKind kind) => All.FirstOrDefault(f => f.Kind == kind);

    /// <summary>
    /// The input object from the posted values, or the problems of values that are not of their type (a date that is
    /// not a date, a blank required value): the page says those itself, since the API would refuse the whole variable.
    /// </summary>
    public (Dictionary<string, object?> Input, Dictionary<string, string> Problems) Read(Func<string, string?> posted)
    {
        var input = new Dictionary<string, object?>();
        var problems = new Dictionary<string, string>();
        foreach (var field in Inputs)
        {
            var text = posted(field.Name)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    problems[field.Name] = "Entity.Required";
                }

                continue;
            }

            if (text.Length > MaxInputLength)
            {
                problems[field.Name] = "Entity.TooLong";
                continue;
            }

            object? value = field.Kind switch
            {
                EntityInputKind.Text => text,
                EntityInputKind.AssetKind => AssetKinds.Contains(text) ? text : null,
                EntityInputKind.Severity => Severities.Contains(text) ? text : null,
                // Ticked boxes arrive joined by commas; anything but ids is a forged form, said here, never sent.
                EntityInputKind.Brands => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is var ids
                    && ids.All(id => Guid.TryParseExact(id, "D", out _)) ? ids : null,
                EntityInputKind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                EntityInputKind.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null,
                EntityInputKind.LongInteger => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var large) ? large : null,
                EntityInputKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real : null,
                // A datetime-local input: the wall-clock time in UTC (the form says so).
                EntityInputKind.Instant => DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                    ? new DateTimeOffset(at, TimeSpan.Zero) : null,
                EntityInputKind.Lines => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                _ => throw new InvalidOperationException($"No reading for {field.Kind}."),
            };
            if (value is null)
            {
                problems[field.Name] = "Entity.Format." + field.Kind;
                continue;
            }

            input[field.Name] = value;
        }

        return (input, problems);
    }
}
