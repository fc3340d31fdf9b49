using System.Text;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.Limits;
using BrandContent.Brands;
using BrandContent.Markets;
using BrandContent.Schedule;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Schedule;

/// <summary>
/// <c>GET /feeds/{brand}/{channel}/{market}.ics</c>: the schedule as a calendar to subscribe to. The same rules as
/// socialSchedule (ReadSchedule, the key's brands and markets); refusals are HTTP statuses with a small problem body in
/// the caller's language. Calendar apps cannot send headers, so the key may come as <c>?key=</c>, where it lands in
/// access logs: give a calendar a dedicated key, scoped to its brand and market (README, "The schedule feed").
/// </summary>
public sealed class ScheduleFeedEndpoint(LocalizedErrors errors, IOptions<ScheduleOptions> options, TimeProvider clock)
{
    public const string Pattern = "/feeds/{brand}/{channel}/{market}.ics";

    public async Task HandleAsync(HttpContext http, string brand, string channel, string market, BrandContentDb db)
    {
        try
        {
            var calendar = await BuildAsync(http, brand, channel, market, db);
            var body = Encoding.UTF8.GetBytes(calendar);
            var etag = HttpCaching.ETagOf(body);
            // Private and revalidated each time: the answer depends on the key and on the time.
            http.Response.Headers.CacheControl = "private, no-cache";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.Contains(etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            http.Response.ContentType = $"{ScheduleCalendar.MediaType}; charset=utf-8";
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
        catch (BrandContentException refused)
        {
            await EndpointAccess.RefuseAsync(http, errors, refused);
        }
    }

    private async Task<string> BuildAsync(HttpContext http, string brandSlug, string channelCode, string marketCode, BrandContentDb db)
    {
        // A calendar may be public: an anonymous caller whose role may read the schedule gets it.
        var caller = EndpointAccess.Require(http, Permission.ReadSchedule, "feeds", keyRequired: false);

        var (slug, market) = (BrandSlug.Normalize(brandSlug), MarketCode.Normalize(marketCode));
        caller.RequireBrand(slug, brandSlug);

        if (!caller.InMarkets(market))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "market", marketCode);
        }

        var cancellationToken = http.RequestAborted;
        var brand = await db.GetBrandAsync(brandSlug, cancellationToken);
        var channel = await db.GetScheduleChannelAsync(channelCode, cancellationToken);
        var found = await db.GetScheduleMarketAsync(market, cancellationToken);
        var zone = ScheduleMarkets.ZoneOf(found);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var window = new ScheduleWindow(now - TimeSpan.FromDays(settings.FeedDaysBack), now + TimeSpan.FromDays(settings.FeedDaysAhead));
        var slots = await db.SlotsInWindow(channel.Code, found.Code, BrandSelection.Only(brand.Id), window)
            .Take(settings.FeedMaxEvents).ToListAsync(cancellationToken);
        var entries = await db.ResolveSlotsAsync(slots, now, cancellationToken);
        return ScheduleCalendar.Write(brand.Slug, channel.Code, found.Code, zone, entries);
    }
}

public static class ScheduleFeedRegistration
{
    public static IHostApplicationBuilder AddBrandContentScheduleFeed(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduleFeedEndpoint>();
        return builder;
    }

    /// <summary>The iCalendar feed; the key may come as a header or as <c>?key=</c>.</summary>
    public static IEndpointRouteBuilder MapBrandContentScheduleFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ScheduleFeedEndpoint.Pattern, (HttpContext http, string brand, string channel, string market, BrandContentDb db, ScheduleFeedEndpoint feed) =>
                feed.HandleAsync(http, brand, channel, market, db))
            .RequireCaller()
            .WithMetadata(CallerAuthentication.QueryKeyAccepted.Instance)
            .WithRequestLimits();
        return endpoints;
    }
}
