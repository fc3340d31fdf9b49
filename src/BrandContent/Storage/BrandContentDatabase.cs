using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Storage;

/// <summary>
/// Which PostgreSQL the application talks to: <c>ConnectionStrings:BrandContent</c> when given, otherwise the
/// embedded cluster, started here and stopped when the application's services are disposed.
/// </summary>
public sealed class BrandContentDatabase(IConfiguration configuration, IOptions<EmbeddedPostgresOptions> embeddedOptions, ILogger<BrandContentDatabase> logger)
    : IAsyncDisposable
{
    public const string ConnectionStringName = "BrandContent";
    private const string EmbeddedDatabaseName = "brandcontent";

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? connectionString;
    private EmbeddedPostgres? embedded;

    public string ConnectionString =>
        connectionString ?? throw new InvalidOperationException("The database is not prepared: call PrepareAsync at start-up.");

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connectionString is not null)
            {
                return;
            }

            var configured = configuration.GetConnectionString(ConnectionStringName);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                connectionString = ConnectionDefaults.Apply(configured);
                return;
            }

            embedded = new EmbeddedPostgres(embeddedOptions.Value, logger);
            connectionString = ConnectionDefaults.Apply(await embedded.StartAsync(EmbeddedDatabaseName, cancellationToken));
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync();
        }

        gate.Dispose();
    }
}
