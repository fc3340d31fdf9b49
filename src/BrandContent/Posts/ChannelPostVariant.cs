using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Posts;

/// <summary>
/// A post in one locale: the text social channels carry, its hashtags, link and media (with an alt text per medium),
/// the script a radio channel reads and the slogan a print channel shows. All plain text, never rendered as HTML.
/// </summary>
public sealed class ChannelPostVariant : Variant
{
    public Guid PostId { get; set; }

    /// <summary>The post's text for social, web, press and email channels.</summary>
    public string? Text { get; set; }

    /// <summary>Hashtags without their '#', in order (<see cref="Hashtag"/>).</summary>
    public List<string> Hashtags { get; set; } = [];

    /// <summary>An absolute http(s) URL.</summary>
    public string? Link { get; set; }

    /// <summary>Assets of the post's brand, in the order they are shown.</summary>
    public List<Guid> Media { get; set; } = [];

    /// <summary>The alt text of each medium, by position: the first describes the first medium.</summary>
    public List<string> AltTexts { get; set; } = [];

    /// <summary>What an announcer reads on a radio channel.</summary>
    public string? Script { get; set; }

    /// <summary>The short line a banner, panel or poster shows.</summary>
    public string? Slogan { get; set; }

    public override Guid OwnerId => PostId;

    protected override void CopyCollections() => (Hashtags, Media, AltTexts) = ([.. Hashtags], [.. Media], [.. AltTexts]);
}

internal sealed class ChannelPostVariantConfiguration : IEntityTypeConfiguration<ChannelPostVariant>
{
    public void Configure(EntityTypeBuilder<ChannelPostVariant> builder)
    {
        ChannelPostDescriptor.Instance.ConfigureVariant(builder);
    }
}
