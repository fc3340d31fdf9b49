using System.Text;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Kits;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Kits;

/// <summary>What a kit request asks for: the whole zip, or tokens.json alone.</summary>
public enum KitDownload
{
    Zip,
    Tokens,
}

/// <summary>
/// <c>GET /kits/{brand}.zip</c> and <c>GET /kits/{brand}/tokens.json</c>: the brand kit for keys that may read the brand's
/// identity and key messages (ReadMessaging, the key's brands, markets, locales and agreement audiences), refused as
/// /reports and the schedule feed refuse (problem JSON with <c>code</c>, in the caller's language). Answers are kept in the
/// response cache per caller fingerprint, like published reads (tagged with the brand, so any change of it evicts them),
/// with the kit's version as the strong ETag (304 for a match) and private Cache-Control.
/// </summary>
public sealed class KitEndpoint(
    IOptions<AssetOptions> assetOptions, AssetRenditions renditions, DeliveryCache cache, AnswerLifetimes lifetimes, BrandFamilies families,
    HttpCaching headers, KitDownloads downloads, LocalizedErrors errors, TimeProvider clock)
{
    public const string ZipPattern = "/kits/{brand}.zip";
    public const string TokensPattern = "/kits/{brand}/tokens.json";
    public const string LocaleParameter = "locale";

    /// <summary>A logo's rendition in the kit: this wide, or the service's largest when that is smaller.</summary>
    public const int LogoRenditionWidth = 1024;

    private const string Operation = "kit";

    public async Task HandleAsync(HttpContext http, BrandContentDb db, string brand, KitDownload download)
    {
        try
        {
            var caller = EndpointAccess.Require(http, Permission.ReadMessaging, "kits");

            var slug = BrandSlug.Normalize(brand);
            // Only what a slug may be reaches the database; anything else ('..', control characters, a novel) is no brand.
            if (slug.Length > Brand.SlugMaxLength || !Checks.Slug().IsMatch(slug))
            {
                throw new BrandContentException(ErrorCode.BrandNotFound, slug.Length > Brand.SlugMaxLength ? slug[..Brand.SlugMaxLength] : slug);
            }

            caller.RequireBrand(slug, brand);

            var locale = await LocaleAsync(http, db, caller);
            await AnswerAsync(http, db, caller, slug, locale, download);
        }
        catch (BrandContentException refused)
        {
            await EndpointAccess.RefuseAsync(http, errors, refused);
        }
    }

    /// <summary><c>?locale=</c>: a well-formed tag (INVALID_LOCALE), registered (LOCALE_NOT_FOUND), in the key's locales (OUT_OF_SCOPE).</summary>
    private static async Task<string?> LocaleAsync(HttpContext http, BrandContentDb db, Caller caller)
    {
        if (!http.Request.Query.TryGetValue(LocaleParameter, out var values))
        {
            return null;
        }

        var locale = LocaleTag.Normalize(values.ToString());
        if (!await db.Locales.AnyAsync(l => l.Tag == locale, http.RequestAborted))
        {
            throw new BrandContentException(ErrorCode.LocaleNotFound, locale);
        }

        return caller.InLocales(locale) ? locale : throw new BrandContentException(ErrorCode.OutOfScope, "locale", locale);
    }

    private async Task AnswerAsync(HttpContext http, BrandContentDb db, Caller caller, string slug, string? locale, KitDownload download)
    {
        var cancellationToken = http.RequestAborted;
        var mediaType = download == KitDownload.Zip ? BrandKitFiles.ZipMediaType : DesignTokens.MediaType;
        var key = cache.KeyOf(caller, mediaType, Encoding.UTF8.GetBytes($"{Operation}\n{download}\n{slug}\n{locale}"));
        if (key is not null && await cache.GetAsync(key, cancellationToken) is { } hit)
        {
            await WriteAsync(http, hit, mediaType, slug, locale, download);
            await downloads.RecordAsync(db, caller, slug, download, hit.ETag, cancellationToken);
            return;
        }

        var started = cache.Generation;
        var now = clock.GetUtcNow();
        var found = await db.FindBrandAsync(slug, cancellationToken) ?? throw new BrandContentException(ErrorCode.BrandNotFound, slug);
        var recipient = new KitRecipient(caller.Markets, caller.MessageAudiences, caller.Locales);
        var kit = await db.ReadBrandKitAsync(found, recipient, locale, now, cancellationToken) ?? throw new BrandContentException(ErrorCode.BrandNotFound, slug);
        var (version, body) = Build(kit, download, now);
        var scope = new AnswerScope();
        scope.Covers(found);
        var family = await families.OfAsync(db, scope.Brands.Keys, cancellationToken);
        var answer = new CachedAnswer($"\"{version}\"", Operation, HttpCaching.SurrogateKeysOf(family.Select(b => b.Slug), global: false), body);
        if (key is not null)
        {
            var lifetime = await lifetimes.LifetimeAsync(db, scope, family.Select(b => b.Id), now, started, cancellationToken);
            await cache.StoreAsync(key, answer, scope, lifetime, started, cancellationToken);
        }

        await WriteAsync(http, answer, mediaType, slug, locale, download);
        downloads.Record(caller, found.Id, download, answer.ETag);
    }

    private (string Version, byte[] Body) Build(BrandKit kit, KitDownload download, DateTimeOffset now)
    {
        if (download == KitDownload.Tokens)
        {
            var tokens = BrandKitFiles.TokensPart(kit);
            return (KitPart.VersionOf([tokens]), tokens.Content);
        }

        var parts = BrandKitFiles.Parts(kit, RenditionOf);
        var version = KitPart.VersionOf(parts);
        return (version, BrandKitFiles.Zip(kit, parts, version, now));
    }

    /// <summary>A logo's rendition URL where the image service is configured and the logo is an image; null otherwise.</summary>
    private string? RenditionOf(Asset asset) =>
        assetOptions.Value.RenditionTemplate is null || !AssetRenditions.IsImage(asset)
            ? null
            : renditions.UrlOf(asset, new RenditionRequest(Math.Min(LogoRenditionWidth, assetOptions.Value.MaxDimension), null, null));

    private async Task WriteAsync(HttpContext http, CachedAnswer answer, string mediaType, string slug, string? locale, KitDownload download)
    {
        // Private: the answer depends on the key (its markets, locales, agreement); the browser revalidates by ETag.
        if (headers.WriteHeaders(http, answer, cacheable: true, sharedCacheMayKeep: false))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (download == KitDownload.Zip)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"{slug}-brand-kit{(locale is null ? "" : "-" + locale)}.zip");
            http.Response.Headers.ContentDisposition = disposition.ToString();
        }

        http.Response.ContentType = mediaType;
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }
}
