using BrandContent.Storage;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BrandContent.Tests.Storage;

public sealed class ConnectionDefaultsTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static NpgsqlConnectionStringBuilder Applied(string connectionString) => new(ConnectionDefaults.Apply(connectionString));

    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(ConnectionDefaults.MaxAutoPrepare, Applied("Host=db;Database=bc").MaxAutoPrepare);
        Assert.Equal(0, Applied("Host=db;Database=bc;Max Auto Prepare=0").MaxAutoPrepare);
        Assert.Equal(8, Applied("Host=db;maxautoprepare=8").MaxAutoPrepare);
    }

    [Fact]
    public void Pooled_connections_are_not_reset_between_uses_unless_the_connection_string_says_otherwise()
    {
        Assert.True(Applied("Host=db;Database=bc").NoResetOnClose);
        Assert.False(Applied("Host=db;Database=bc;No Reset On Close=false").NoResetOnClose);
        Assert.False(Applied("Host=db;noresetonclose=false;Max Auto Prepare=0").NoResetOnClose);
        Assert.Equal(0, Applied("Host=db;noresetonclose=false;Max Auto Prepare=0").MaxAutoPrepare);
    }

    [Fact]
    public async Task The_server_prepares_the_statements_it_repeats_and_keeps_its_connections_as_they_are()
    {
        (await app.GraphQL().QueryAsync("{ markets { code } }")).Ok();
        var connectionString = new NpgsqlConnectionStringBuilder(await app.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<BrandContentDb>().Database.GetConnectionString()!)));
        Assert.Equal(ConnectionDefaults.MaxAutoPrepare, connectionString.MaxAutoPrepare);
        Assert.True(connectionString.NoResetOnClose);
    }
}
