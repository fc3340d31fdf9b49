using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Html;

namespace BrandContent.Api.Studio;

/// <summary>
/// The words of a part of the studio, from its resx pair under Studio/Resources (en + vi, kept in step by a test),
/// in the request's UI culture. A missing name throws: a page must not show a key to its reader.
/// Parts add their own: <c>public sealed class EditorText() : StudioTextSource("EditorText");</c>
/// </summary>
public abstract class StudioTextSource(string resourceName)
{
    public const string ResourceFolder = "BrandContent.Api.Studio.Resources.";

    private readonly ResourceManager resources = new(ResourceFolder + resourceName, typeof(StudioTextSource).Assembly);

    public string this[string name] =>
        resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"No studio text '{name}' in {resourceName}.");

    public string this[string name, params object?[] values] => string.Format(CultureInfo.CurrentCulture, this[name], values);

    /// <summary>For an attribute or text Razor encodes itself; this is only so a text can be passed where HTML is wanted.</summary>
    public IHtmlContent Html(string name) => new HtmlString(System.Net.WebUtility.HtmlEncode(this[name]));
}

/// <summary>The shell's words and the ones every screen uses (Studio/Resources/StudioText*.resx).</summary>
public sealed class StudioText() : StudioTextSource(nameof(StudioText));
