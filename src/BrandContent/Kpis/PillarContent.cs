using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Kpis;

/// <summary>The content tagged with a pillar, whatever its kind: the pillar itself, its stories, assets, posts, key messages and keyword sets.</summary>
public static class PillarContent
{
    public static async Task<HashSet<Guid>> IdsAsync(BrandContentDb db, Guid pillarId, CancellationToken ct)
    {
        var ids = new HashSet<Guid> { pillarId };
        ids.UnionWith(await db.StoryPillars.Where(p => p.PillarId == pillarId).Select(p => p.StoryId).ToListAsync(ct));
        ids.UnionWith(await db.AssetPillars.Where(p => p.PillarId == pillarId).Select(p => p.AssetId).ToListAsync(ct));
        ids.UnionWith(await db.ChannelPosts.Where(p => p.PillarIds.Contains(pillarId)).Select(p => p.Id).ToListAsync(ct));
        ids.UnionWith(await db.KeyMessages.Where(m => m.PillarId == pillarId).Select(m => m.Id).ToListAsync(ct));
        ids.UnionWith(await db.KeywordSets.Where(k => k.PillarId == pillarId).Select(k => k.Id).ToListAsync(ct));
        return ids;
    }
}
