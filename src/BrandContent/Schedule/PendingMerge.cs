// TEMPORARY compile stubs until channels and posts are merged; deleted at merge.
#pragma warning disable
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Channels
{
    public sealed class Channel : IArchivable
    {
        public string Code { get; set; } = "";
        public List<string> Markets { get; set; } = [];
        public Dictionary<string, string> Names { get; set; } = [];
        public DateTimeOffset? ArchivedAt { get; set; }
    }

    public static class ChannelCode
    {
        public const int MaxLength = 40;
        public static string Normalize(string code) => code.Trim().ToLowerInvariant();
    }
}

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
    using BrandContent.Channels;
    using BrandContent.Posts;

    public static class PendingMerge
    {
        extension(BrandContentDb db)
        {
            public DbSet<Channel> Channels => db.Set<Channel>();
            public DbSet<ChannelPost> ChannelPosts => db.Set<ChannelPost>();
            public DbSet<ChannelPostVariant> ChannelPostVariants => db.Set<ChannelPostVariant>();
        }

        extension(Market market)
        {
            public string TimeZone => "UTC";
        }
    }
}
