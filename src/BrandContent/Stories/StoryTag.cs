namespace BrandContent.Stories;

/// <summary>A story's free tag (<c>festival</c>) in its one spelling: lower case, no surrounding space, both when written and when filtered on.</summary>
public static class StoryTag
{
    public const int MaxLength = 50;

    public static string Normalize(string tag) => tag.Trim().ToLowerInvariant();
}
