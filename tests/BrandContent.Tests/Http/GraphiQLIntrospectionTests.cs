using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>GraphiQL loads the schema with the standard introspection query, without a key, within the query limits.</summary>
public sealed class GraphiQLIntrospectionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    // The query GraphiQL sends (graphql-js getIntrospectionQuery, with descriptions).
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_standard_introspection_query_is_answered_without_a_key()
    {
        var schema = (await app.GraphQL(token: null).QueryAsync(IntrospectionQuery)).Ok().GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "Story");
    }
}
