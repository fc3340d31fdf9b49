using BrandContent.Api;
using BrandContent.Api.GraphQL;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Editing;
using BrandContent.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddBrandContentStorage();
builder.AddBrandContentEditing();
builder.AddBrandContentGraphQL();
builder.AddBrandContentPersistedQueries();
builder.AddBrandContentHttp();

var app = builder.Build();
if (await app.TryPrintSchemaAsync(args))
{
    return;
}

await app.Services.PrepareBrandContentDatabaseAsync();
app.UseBrandContentHttp();
app.MapBrandContentGraphQL();
app.MapGraphiQL();
await app.RunAsync();

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
