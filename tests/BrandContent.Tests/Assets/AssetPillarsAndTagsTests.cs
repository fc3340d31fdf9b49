using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Assets;

/// <summary>An editor tags assets with the brand's pillars and free tags; another brand's pillar or a bad tag is refused, naming the field.</summary>
public sealed class AssetPillarsAndTagsTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Create = "mutation($b: String!, $p: [ID!], $t: [String!]) { createAsset(brand: $b, input: { kind: IMAGE, url: \"https://media.test/a.jpg\", mimeType: \"image/jpeg\", pillarIds: $p, tags: $t }) { id version values { name value } } }";

    private async Task<JsonElement> OkAsync(string query, object? variables = null) => (await app.GraphQL().QueryAsync(query, variables)).Ok();

    private async Task<(string Slug, string[] Pillars)> NewBrandWithPillarsAsync()
    {
        var slug = $"anh-{Guid.NewGuid():N}"[..16];
        await OkAsync("mutation($s: String!) { createBrand(input: { slug: $s, parent: \"viet-nam\", level: PROVINCE, sourceLocale: \"vi\" }) { id } }", new { s = slug });
        var pillars = new List<string>();
        foreach (var key in new[] { "van-hoa", "thien-nhien", "am-thuc" })
        {
            pillars.Add((await OkAsync("mutation($b: String!, $k: String!) { createPillar(brand: $b, input: { key: $k, position: 1 }) { id } }", new { b = slug, k = key }))
                .GetProperty("createPillar").GetProperty("id").GetString()!);
        }

        return (slug, pillars.ToArray());
    }

    private static string? Value(JsonElement entity, string name) =>
        entity.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    private static List<(string Field, string Rule)> Problems(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        return response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!))
            .ToList();
    }

    [Fact]
    public async Task Tags_are_normalized_like_story_tags_and_pillars_keep_the_editors_order()
    {
        var (slug, pillars) = await NewBrandWithPillarsAsync();
        var created = (await OkAsync(Create, new { b = slug, p = new[] { pillars[2], pillars[0], pillars[2] }, t = new[] { " Lễ Hội ", "lễ hội", "Cồng Chiêng" } }))
            .GetProperty("createAsset");

        Assert.Equal("lễ hội, cồng chiêng", Value(created, "tags"));
        Assert.Equal($"{pillars[2]}, {pillars[0]}", Value(created, "pillarIds"));
    }

    [Fact]
    public async Task An_update_changes_pillars_and_tags_and_the_audit_says_what_they_were()
    {
        var (slug, pillars) = await NewBrandWithPillarsAsync();
        var created = (await OkAsync(Create, new { b = slug, p = new[] { pillars[0], pillars[1] }, t = new[] { "festival" } })).GetProperty("createAsset");
        var id = created.GetProperty("id").GetString();

        var updated = (await OkAsync(
            "mutation($id: ID!, $v: Long, $p: [ID!], $t: [String!]) { updateAsset(id: $id, expectedVersion: $v, input: { kind: IMAGE, url: \"https://media.test/b.jpg\", mimeType: \"image/jpeg\", pillarIds: $p, tags: $t }) { version values { name value } } }",
            new { id, v = created.GetProperty("version").GetInt64(), p = new[] { pillars[1], pillars[2] }, t = new[] { "Night", "festival" } }))
            .GetProperty("updateAsset");
        Assert.Equal($"{pillars[1]}, {pillars[2]}", Value(updated, "pillarIds"));
        Assert.Equal("night, festival", Value(updated, "tags"));

        var audit = (await OkAsync("query($id: ID!) { auditLog(targetId: $id) { operation before after } }", new { id })).GetProperty("auditLog")[0];
        using var before = JsonDocument.Parse(audit.GetProperty("before").GetString()!);
        using var after = JsonDocument.Parse(audit.GetProperty("after").GetString()!);
        Assert.Equal($"{pillars[0]}, {pillars[1]}", before.RootElement.GetProperty("pillarIds").GetString());
        Assert.Equal("festival", before.RootElement.GetProperty("tags").GetString());
        Assert.Equal($"{pillars[1]}, {pillars[2]}", after.RootElement.GetProperty("pillarIds").GetString());
        Assert.Equal("night, festival", after.RootElement.GetProperty("tags").GetString());

        var cleared = (await OkAsync(
            "mutation($id: ID!) { updateAsset(id: $id, input: { kind: IMAGE, url: \"https://media.test/b.jpg\", mimeType: \"image/jpeg\" }) { values { name value } } }", new { id }))
            .GetProperty("updateAsset");
        Assert.Equal("", Value(cleared, "pillarIds"));
        Assert.Equal("", Value(cleared, "tags"));
    }

    [Fact]
    public async Task Another_brands_pillar_and_a_forged_id_are_both_unknown_references()
    {
        var (slug, _) = await NewBrandWithPillarsAsync();
        var (_, foreign) = await NewBrandWithPillarsAsync();
        var forged = Guid.NewGuid().ToString();

        var problems = Problems(await app.GraphQL().QueryAsync(Create, new { b = slug, p = new[] { foreign[0], forged }, t = Array.Empty<string>() }));

        Assert.Equal([("pillarIds", "REFERENCE"), ("pillarIds", "REFERENCE")], problems);
    }

    [Fact]
    public async Task Empty_long_control_character_and_too_many_tags_are_refused()
    {
        var (slug, pillars) = await NewBrandWithPillarsAsync();

        var problems = Problems(await app.GraphQL().QueryAsync(Create, new { b = slug, p = pillars, t = new[] { " ", new string('x', 51), "lễ\nhội", "tab\there", "bell\u0007" } }));
        Assert.Contains(("tags", "REQUIRED"), problems);
        Assert.Contains(("tags", "MAX_LENGTH"), problems);
        Assert.Equal(3, problems.Count(p => p == ("tags", "SINGLE_LINE")));

        var many = Problems(await app.GraphQL().QueryAsync(Create, new { b = slug, p = pillars, t = Enumerable.Range(0, 31).Select(i => $"t{i}").ToArray() }));
        Assert.Equal([("tags", "RANGE")], many);
    }
}
