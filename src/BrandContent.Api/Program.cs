using BrandContent.Access;
using BrandContent.Api;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Api.Health;
using BrandContent.Api.Kits;
using BrandContent.Api.Redis;
using BrandContent.Api.Reports;
using BrandContent.Api.Resilience;
using BrandContent.Api.Schedule;
using BrandContent.Api.Sitemaps;
using BrandContent.Api.Studio;
using BrandContent.Api.Telemetry;
using BrandContent.Assets;
using BrandContent.Changes;
using BrandContent.Clarifications;
using BrandContent.Demo;
using BrandContent.Editing;
using BrandContent.Monitoring;
using BrandContent.Partners;
using BrandContent.Schedule;
using BrandContent.Search;
using BrandContent.Storage;
using BrandContent.Sync;
using BrandContent.Webhooks;

if (HealthProbe.IsRequested(args, out var probeUrl))
{
    Environment.ExitCode = await HealthProbe.RunAsync(probeUrl, Console.Out);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBrandContentStorage();
builder.AddBrandContentRedis();
builder.AddBrandContentDemo();
builder.AddBrandContentAccess();
builder.AddBrandContentEditing();
builder.AddBrandContentChanges();
builder.AddBrandContentDeliveryCache();
builder.AddBrandContentGraphQL();
builder.AddBrandContentPersistedQueries();
builder.AddBrandContentHttp();
builder.AddBrandContentResilience();
builder.AddBrandContentHealth();
builder.AddBrandContentTelemetry();
builder.AddBrandContentWebhooks();
builder.AddBrandContentSchedule();
builder.AddBrandContentScheduleFeed();
builder.AddBrandContentSitemaps();
builder.AddBrandContentAssets();
builder.AddBrandContentSync();
builder.AddBrandContentSearch();
builder.AddBrandContentStudio();
builder.AddBrandContentClarifications();
builder.AddBrandContentMonitoring();
builder.AddBrandContentReportDocuments();
builder.AddBrandContentKits();
builder.AddBrandContentPartnerActivity();

var app = builder.Build();
if (await app.TryPrintSchemaAsync(args))
{
    return;
}

try
{
    await app.Services.PrepareBrandContentDatabaseAsync();
    await app.Services.LoadDemoContentAsync();
    await app.Services.EnsureAdminKeyAsync();
}
catch (DatabaseUnavailableException unavailable)
{
    // What to install or configure, in one message: a stack trace would bury it.
    app.Logger.LogCritical("{Message}", unavailable.Message);
    Environment.ExitCode = 1;
    return;
}

app.UseBrandContentHttp();
app.MapBrandContentHealth();
app.MapBrandContentGraphQL();
app.MapGraphiQL();
app.MapBrandContentScheduleFeed();
app.MapBrandContentSitemaps();
app.MapBrandContentStudio();
app.MapBrandContentReports();
app.MapBrandContentKits();
await app.RunAsync();

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
