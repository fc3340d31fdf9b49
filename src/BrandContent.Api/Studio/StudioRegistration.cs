using System.Text.Encodings.Web;
using System.Text.Unicode;
using BrandContent.Api.Studio.Sessions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace BrandContent.Api.Studio;

/// <summary>The studio: Razor Pages under /studio served by the API process, reaching the data only through <see cref="StudioApi"/>.</summary>
public static class StudioRegistration
{
    public const string PagesRoot = "/Studio/Pages";

    public static IHostApplicationBuilder AddBrandContentStudio(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StudioOptions>()
            .BindConfiguration(StudioOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StudioOptions>, StudioOptionsValidation>();
        builder.Services.AddRazorPages(pages =>
            {
                pages.RootDirectory = PagesRoot;
                pages.Conventions.AddPageRoute("/Overview/Index", "/studio/brands/{brand}");
            })
            .AddMvcOptions(mvc =>
            {
                mvc.Filters.Add<StudioAccessFilter>();
                mvc.Filters.Add<StudioFormRefusal>();
            });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "bc_studio_af";
            antiforgery.Cookie.Path = StudioRoutes.Root;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // htmx sends the form's token as a header too.
            antiforgery.HeaderName = "RequestVerificationToken";
            // The API's headers say DENY already.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        // Vietnamese, Korean, Chinese… written as themselves, not as &#x...; entities (smaller pages, readable source).
        builder.Services.Configure<WebEncoderOptions>(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<StudioSessions>();
        builder.Services.AddSingleton<StudioText>();
        builder.Services.AddScoped<StudioApi>();
        builder.Services.AddSingleton<EditorText>();
        builder.Services.AddSingleton<ReviewText>();
        return builder;
    }

    /// <summary>After the API's pipeline: the studio's files, its session and language, then its pages.</summary>
    public static WebApplication MapBrandContentStudio(this WebApplication app)
    {
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(StudioRoutes.Root),
            studio => studio.UseStaticFiles().UseMiddleware<StudioSessionMiddleware>());
        app.MapRazorPages();
        return app;
    }
}
