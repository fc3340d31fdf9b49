using BrandContent.Api.GraphQL;
using BrandContent.Tests.Fixtures;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Schema;

public sealed class SchemaTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Committed_schema_matches_the_running_schema()
    {
        var running = app.Services.GetRequiredService<ISchema>().PrintSdl();
        var path = SchemaPrinting.CommittedSchemaPath();
        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        Assert.True(
            committed.ReplaceLineEndings("\n") == running,
            $"schema/brandcontent.graphql differs from the running schema. Regenerate it with: dotnet run --project src/BrandContent.Api -- {SchemaPrinting.Argument}");
    }

    [Fact]
    public async Task GraphiQL_page_is_served_from_local_files()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/graphiql/");
        Assert.Contains("vendor/graphiql.min.js", page);
        Assert.DoesNotContain("https://", page);
        foreach (var file in new[] { "vendor/graphiql.min.js", "vendor/graphiql.min.css", "vendor/react.production.min.js", "vendor/react-dom.production.min.js", "graphiql.js" })
        {
            var response = await client.GetAsync("/graphiql/" + file);
            Assert.True(response.IsSuccessStatusCode, file);
        }
    }
}
