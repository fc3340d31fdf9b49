// TEMPORARY compile stubs until channels and posts are merged; deleted at merge.
#pragma warning disable
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Posts
{
    public sealed class ChannelPost : IContentEntity
    {
        public Guid Id { get; set; }
        public Guid BrandId { get; set; }
        public List<string> Channels { get; set; } = [];
        public List<string> Markets { get; set; } = [];
        public DateTimeOffset? ArchivedAt { get; set; }
        public uint Version { get; set; }
        public List<ChannelPostVariant> Variants { get; set; } = [];
    }

    public sealed class ChannelPostVariant : Variant
    {
        public Guid PostId { get; set; }
        public string? Text { get; set; }
        public string? Slogan { get; set; }
        public string? Script { get; set; }
        public string? Link { get; set; }
        public List<string> Hashtags { get; set; } = [];
        public List<Guid> MediaAssetIds { get; set; } = [];
        public override Guid OwnerId => PostId;
    }
}

namespace BrandContent.Schedule
{
    using BrandContent.Posts;

    public static class PendingMerge
    {
        extension(BrandContentDb db)
        {
            public DbSet<ChannelPost> ChannelPosts => db.Set<ChannelPost>();
            public DbSet<ChannelPostVariant> ChannelPostVariants => db.Set<ChannelPostVariant>();
        }
    }
}
