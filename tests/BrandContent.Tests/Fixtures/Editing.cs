using System.Text.Json;

namespace BrandContent.Tests.Fixtures;

/// <summary>The editing mutations as a client sends them, for tests that drive the workflow.</summary>
public sealed class Editing(GraphQLClient client)
{
    public const string VariantFields = "kind entityId locale status revision isSource sourceRevision currentSourceRevision outdated updatedBy fields { name value }";

    public Task<GraphQLResponse> UpsertAsync(string kind, Guid id, string locale, int? expectedRevision, object fields, int? sourceRevision = null) =>
        client.QueryAsync(
            $"mutation($k: ContentKind!, $id: ID!, $l: String!, $e: Int, $s: Int, $f: [FieldValueInput!]!) {{ upsertVariant(kind: $k, id: $id, locale: $l, expectedRevision: $e, sourceRevision: $s, fields: $f) {{ {VariantFields} }} }}",
            new { k = kind, id, l = locale, e = expectedRevision, s = sourceRevision, f = Fields(fields) });

    public async Task<JsonElement> UpsertOkAsync(string kind, Guid id, string locale, int? expectedRevision, object fields) =>
        (await UpsertAsync(kind, id, locale, expectedRevision, fields)).Ok().GetProperty("upsertVariant");

    public Task<GraphQLResponse> StepAsync(string step, string kind, Guid id, string locale, int? expectedRevision = null, string extra = "", object? extraVariables = null)
    {
        var selection = step == "submitForReview" ? $"{{ variant {{ {VariantFields} }} glossaryWarnings {{ field term rule expected }} }}" : $"{{ {VariantFields} }}";
        var variables = new Dictionary<string, object?> { ["k"] = kind, ["id"] = id, ["l"] = locale, ["e"] = expectedRevision };
        foreach (var property in extraVariables?.GetType().GetProperties() ?? [])
        {
            variables[property.Name] = property.GetValue(extraVariables);
        }

        var declarations = string.Concat((extraVariables?.GetType().GetProperties() ?? []).Select(p => $", ${p.Name}: {TypeOf(p.Name)}"));
        return client.QueryAsync($"mutation($k: ContentKind!, $id: ID!, $l: String!, $e: Int{declarations}) {{ {step}(kind: $k, id: $id, locale: $l, expectedRevision: $e{extra}) {selection} }}", variables);
    }

    public async Task<JsonElement> VariantAsync(string kind, Guid id, string locale)
    {
        var variants = (await client.QueryAsync($"query($k: ContentKind!, $id: ID!) {{ variants(kind: $k, id: $id) {{ {VariantFields} }} }}", new { k = kind, id }))
            .Ok().GetProperty("variants");
        return variants.EnumerateArray().Single(v => v.GetProperty("locale").GetString() == locale);
    }

    public static string? Field(JsonElement variant, string name) =>
        variant.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    private static string TypeOf(string variable) => variable switch
    {
        "comment" => "String!",
        _ => "DateTimeOffset",
    };

    private static object[] Fields(object fields) =>
        fields.GetType().GetProperties().Select(p => (object)new { name = p.Name, value = p.GetValue(fields) as string }).ToArray();
}
