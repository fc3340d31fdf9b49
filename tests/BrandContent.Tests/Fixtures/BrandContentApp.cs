using BrandContent.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Fixtures;

/// <summary>The API in-process on its own database (a clone of the demo template), reached over HTTP like a client.</summary>
public sealed class BrandContentApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public SqlStatementCounter Statements { get; } = new();

    public async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync();

    public GraphQLClient GraphQL() => new(CreateClient());

    public BrandContentDb OpenDb() => TestPostgres.OpenDb(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{BrandContentDatabase.ConnectionStringName}", ConnectionString);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
