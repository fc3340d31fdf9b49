using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>Introspection is allowed per role; __typename always, and callers without a key always (GraphiQL needs the schema).</summary>
public sealed class IntrospectionAccessTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Schema = "{ __schema { queryType { name } } }";
    private const string IntrospectionRoles = "BrandContent:Auth:IntrospectionRoles";

    private static void AssertRefused(GraphQLResponse response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], response.ErrorCodes);
        Assert.Equal(message, response.Errors[0].GetProperty("message").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_role_not_in_the_list_may_not_introspect_and_one_in_it_may()
    {
        var publicKey = await Keys.CreateAsync(app, "public, no introspection", "PUBLIC");
        var editorKey = await Keys.CreateAsync(app, "editor, introspection", "EDITOR");
        await using var server = app.With((IntrospectionRoles, "Admin, editor"));

        AssertRefused(await server.GraphQL(publicKey).QueryAsync(Schema), "Schema introspection is not allowed for a key with the role PUBLIC.");
        AssertRefused(await server.GraphQL(publicKey).QueryAsync("{ __type(name: \"Story\") { name } }"), "Schema introspection is not allowed for a key with the role PUBLIC.");
        AssertRefused(
            await server.GraphQL(publicKey).QueryAsync("query { ...Types } fragment Types on Query { __schema { types { name } } }"),
            "Schema introspection is not allowed for a key with the role PUBLIC.");
        AssertRefused(
            await server.GraphQL(publicKey).QueryAsync(Schema, acceptLanguage: "vi"),
            "Truy vấn GraphQL không hợp lệ: Khóa vai trò PUBLIC không được phép truy vấn cấu trúc schema.");

        var typename = (await server.GraphQL(publicKey).QueryAsync("{ __typename markets { code } }")).Ok();
        Assert.Equal("Query", typename.GetProperty("__typename").GetString());

        Assert.Equal("Query", (await server.GraphQL(editorKey).QueryAsync(Schema)).Ok().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        (await server.GraphQL().QueryAsync("{ __type(name: \"Story\") { name } }")).Ok();
    }

    [Fact]
    public async Task Callers_without_a_key_may_always_introspect()
    {
        await using var server = app.With((IntrospectionRoles, "Admin"));
        var schema = (await server.GraphQL(null).QueryAsync(Schema)).Ok();
        Assert.Equal("Query", schema.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task By_default_every_role_may_introspect()
    {
        var publicKey = await Keys.CreateAsync(app, "public, default settings", "PUBLIC");
        (await app.GraphQL(publicKey).QueryAsync(Schema)).Ok();
    }

    [Fact]
    public async Task An_empty_list_leaves_introspection_to_callers_without_a_key()
    {
        await using var server = app.With((IntrospectionRoles, ""));
        AssertRefused(await server.GraphQL().QueryAsync(Schema), "Schema introspection is not allowed for a key with the role ADMIN.");
        (await server.GraphQL(null).QueryAsync(Schema)).Ok();
    }

    [Fact]
    public async Task An_unknown_role_in_the_list_stops_the_server_at_start()
    {
        await using var server = app.With((IntrospectionRoles, "Admin, Superuser"));
        var failure = Assert.ThrowsAny<Exception>(() => server.CreateClient());
        Assert.Contains("'Superuser' is not a role", failure.ToString());
    }
}
