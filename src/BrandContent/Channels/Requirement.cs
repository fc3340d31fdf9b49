namespace BrandContent.Channels;

/// <summary>Whether a post on a channel may, must or must not carry something (a link, media).</summary>
public enum Requirement
{
    NotAllowed,
    Allowed,
    Required,
}
