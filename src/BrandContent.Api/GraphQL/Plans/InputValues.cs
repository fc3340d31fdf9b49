namespace BrandContent.Api.GraphQL.Plans;

/// <summary>Reading an input object's fields, any of which may be left out.</summary>
internal static class InputValues
{
    public static object? Value(this IDictionary<string, object?> fields, string name) => fields.TryGetValue(name, out var value) ? value : null;
}
