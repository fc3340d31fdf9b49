using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>
/// A document is validated once (ValidatedDocuments), yet what depends on the request is checked on every request:
/// the complexity its variables give it, and whether the caller may introspect.
/// </summary>
public sealed class ValidatedDocumentTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Page = "query($n: Int) { stories(brand: \"viet-nam\", first: $n) { edges { node { title pillars { name } } } } }";
    private const string Schema = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task A_document_that_ran_is_still_refused_when_its_variables_make_it_too_complex()
    {
        await using var server = app.With(("BrandContent:GraphQL:MaxComplexity", "100"));
        var client = server.GraphQL();

        (await client.QueryAsync(Page, new { n = 2 })).Ok();
        (await client.QueryAsync(Page, new { n = 2 })).Ok();
        var tooComplex = await client.QueryAsync(Page, new { n = 90 });
        Assert.Equal(HttpStatusCode.BadRequest, tooComplex.Status);
        Assert.Equal(["QUERY_TOO_COMPLEX"], tooComplex.ErrorCodes);
        (await client.QueryAsync(Page, new { n = 2 })).Ok();
    }

    [Fact]
    public async Task A_document_an_administrator_introspected_is_still_refused_to_a_role_that_may_not()
    {
        var publicKey = await Keys.CreateAsync(app, "public, introspects after an admin", "PUBLIC");
        await using var server = app.With(("BrandContent:Auth:IntrospectionRoles", "Admin"));

        (await server.GraphQL().QueryAsync(Schema)).Ok();
        (await server.GraphQL().QueryAsync(Schema)).Ok();
        var refused = await server.GraphQL(publicKey).QueryAsync(Schema);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(["INTROSPECTION_DISABLED"], refused.ErrorCodes);
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_it_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            var refused = await app.GraphQL().QueryAsync("{ markets { population } }");
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], refused.ErrorCodes);
        }
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_refused_the_same_way_before_and_after_the_document_ran()
    {
        await using var server = app.With();
        var client = server.GraphQL();
        var before = await client.QueryAsync(Page, new { n = "two" });
        (await client.QueryAsync(Page, new { n = 2 })).Ok();
        var after = await client.QueryAsync(Page, new { n = "two" });

        Assert.Equal(HttpStatusCode.BadRequest, before.Status);
        Assert.Equal(HttpStatusCode.BadRequest, after.Status);
        Assert.NotEmpty(after.ErrorCodes);
        Assert.Equal(before.ErrorCodes, after.ErrorCodes);
        Assert.Equal(before.Errors[0].GetProperty("message").GetString(), after.Errors[0].GetProperty("message").GetString());
    }
}
