using BrandContent.Auditing;

namespace BrandContent.Api.GraphQL.Editing;

/// <summary>
/// Who is calling, for history and audit. Until API keys exist this is the <c>X-Actor</c> header (or "anonymous");
/// the access-control work replaces it with the key's identity.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    public const string Header = "X-Actor";
    private const int MaxLength = 200;

    public string Name
    {
        get
        {
            var value = http.HttpContext?.Request.Headers[Header].ToString().Trim();
            return string.IsNullOrEmpty(value) ? "anonymous" : value[..Math.Min(value.Length, MaxLength)];
        }
    }

    public EditContext For(string operation) => new(Name, operation);
}
