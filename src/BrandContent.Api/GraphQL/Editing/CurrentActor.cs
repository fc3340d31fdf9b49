using BrandContent.Api.Access;
using BrandContent.Auditing;

namespace BrandContent.Api.GraphQL.Editing;

/// <summary>Who is changing content, for history and audit: the name of the caller's API key.</summary>
public sealed class CurrentActor(CallerContext caller)
{
    public string Name => caller.Caller.Name;

    public EditContext For(string operation) => new(Name, operation);
}
