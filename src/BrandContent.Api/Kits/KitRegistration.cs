using BrandContent.Api.Access;
using BrandContent.Api.Limits;
using BrandContent.Storage;

namespace BrandContent.Api.Kits;

public static class KitRegistration
{
    public static IHostApplicationBuilder AddBrandContentKits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KitDownloads>();
        builder.Services.AddSingleton<KitEndpoint>();
        return builder;
    }

    /// <summary>The brand kit and its tokens alone, for keys (header only: a kit is not linked from calendars).</summary>
    public static IEndpointRouteBuilder MapBrandContentKits(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(KitEndpoint.ZipPattern, (HttpContext http, string brand, BrandContentDb db, KitEndpoint kits) => kits.HandleAsync(http, db, brand, KitDownload.Zip))
            .RequireCaller()
            .WithRequestLimits();
        endpoints.MapGet(KitEndpoint.TokensPattern, (HttpContext http, string brand, BrandContentDb db, KitEndpoint kits) => kits.HandleAsync(http, db, brand, KitDownload.Tokens))
            .RequireCaller()
            .WithRequestLimits();
        return endpoints;
    }
}
