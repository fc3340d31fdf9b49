using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Keywords;

/// <summary>A keyword set in one locale: the theme's name, its keywords and its hashtags (plain text).</summary>
public sealed class KeywordSetVariant : Variant
{
    public Guid KeywordSetId { get; set; }

    /// <summary>The theme, as communicators call it in this locale ("Mùa hoa dã quỳ").</summary>
    public string Name { get; set; } = "";

    /// <summary>Search and SEO keywords, in order (<see cref="Keyword"/>).</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>Hashtags without their '#', in order (<see cref="Posts.Hashtag"/>).</summary>
    public List<string> Hashtags { get; set; } = [];

    public override Guid OwnerId => KeywordSetId;

    protected override void CopyCollections() => (Keywords, Hashtags) = ([.. Keywords], [.. Hashtags]);
}

internal sealed class KeywordSetVariantConfiguration : IEntityTypeConfiguration<KeywordSetVariant>
{
    public void Configure(EntityTypeBuilder<KeywordSetVariant> builder)
    {
        KeywordSetDescriptor.Instance.ConfigureVariant(builder);
    }
}
