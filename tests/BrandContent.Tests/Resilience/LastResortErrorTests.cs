using System.Data.Common;
using System.Net;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Resilience;

public sealed class LastResortErrorTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_failure_before_the_endpoint_is_a_500_INTERNAL_ERROR_body_in_the_callers_language_never_an_empty_500()
    {
        var failure = new ApiKeyLookupFailure();
        await using var server = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(failure)));
        var client = server.GraphQL();
        _ = server.Server; // started: the administrator key exists
        failure.Armed = true;

        var english = await client.QueryAsync("{ locales { tag } }");
        var vietnamese = await server.GraphQL().QueryAsync("{ locales { tag } }", acceptLanguage: "vi");

        Assert.Equal(HttpStatusCode.InternalServerError, english.Status);
        Assert.Equal(["INTERNAL_ERROR"], english.ErrorCodes);
        Assert.Equal("application/graphql-response+json", english.ContentType?.MediaType);
        Assert.Equal("Something went wrong on the server; the error has been logged.", english.Errors[0].GetProperty("message").GetString());
        Assert.Equal("Máy chủ gặp sự cố; lỗi đã được ghi lại.", vietnamese.Errors[0].GetProperty("message").GetString());
    }

    /// <summary>Breaks the API-key lookup that authentication does before any endpoint runs (a bug, not an outage).</summary>
    private sealed class ApiKeyLookupFailure : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains("\"ApiKeys\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("lookup broken on purpose")
                : ValueTask.FromResult(result);
    }
}
