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

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public SqlStatementCounter Statements { get; } = new();

    public async Task InitializeAsync()
    {
        if (ConnectionString.Length == 0)
        {
            ConnectionString = await TestPostgres.CreateDatabaseAsync();
        }
    }

    /// <summary>A second server process on the same database, as behind a load balancer.</summary>
    public BrandContentApp Twin() => new() { ConnectionString = ConnectionString };

    /// <summary>A server on a database of the test's own (another PostgreSQL), migrated at start like any server's.</summary>
    public static BrandContentApp On(string connectionString) => new() { ConnectionString = connectionString };

    /// <summary>The administrator key every test database gets at first start.</summary>
    public const string AdminToken = "bck_test-administrator-key-0123456789";

    /// <summary>A client sending <paramref name="token"/> (the administrator's by default; null sends none).</summary>
    public GraphQLClient GraphQL(string? token = AdminToken) => new(CreateClient(), token);

    public BrandContentDb OpenDb() => TestPostgres.OpenDb(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{BrandContentDatabase.ConnectionStringName}", ConnectionString);

        // Tests run the publishing scheduler themselves, so nothing happens behind their back.
        builder.UseSetting("BrandContent:Scheduler:IntervalSeconds", "0");
        builder.UseSetting("BrandContent:Auth:AdminKey", AdminToken);

        // Webhooks are sent only by the hosts a test starts for it (Fixtures/WebhookHosts), to its loopback receivers.
        builder.UseSetting("BrandContent:Webhooks:Dispatch", "false");
        builder.UseSetting("BrandContent:Webhooks:AllowPrivateTargets", "true");
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
