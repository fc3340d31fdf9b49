using BrandContent.Storage;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BrandContent.Tests.Storage;

public sealed class StatementPreparationTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(StatementPreparation.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(StatementPreparation.Apply("Host=db;Database=bc")).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(StatementPreparation.Apply("Host=db;Database=bc;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(8, new NpgsqlConnectionStringBuilder(StatementPreparation.Apply("Host=db;maxautoprepare=8")).MaxAutoPrepare);
    }

    [Fact]
    public async Task The_server_prepares_the_statements_it_repeats()
    {
        (await app.GraphQL().QueryAsync("{ markets { code } }")).Ok();
        var connectionString = await app.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<BrandContentDb>().Database.GetConnectionString()!));
        Assert.Equal(StatementPreparation.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare);
    }
}
