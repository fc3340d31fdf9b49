using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>
/// What a task's evidence can point at, per kind: which ids exist in a brand (not archived), and their titles in the
/// brand's source locale (the working copy: evidence is internal, it need not be published yet).
/// </summary>
public static class EvidenceContent
{
    /// <summary>Longest title an evidence row carries (a post's text is cut to it).</summary>
    public const int TitleMaxLength = 120;

    /// <summary>The ids among <paramref name="ids"/> that are content of <paramref name="kind"/> in the brand.</summary>
    public static async Task<List<Guid>> ExistingInBrandAsync(this BrandContentDb db, ContentKind kind, Guid brandId, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        kind switch
        {
            ContentKind.Story => await db.Stories.Unarchived().Where(s => s.BrandId == brandId && ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct),
            ContentKind.ChannelPost => await db.ChannelPosts.Unarchived().Where(p => p.BrandId == brandId && ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct),
            ContentKind.Event => await db.Events.Unarchived().Where(e => e.BrandId == brandId && ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct),
            ContentKind.Asset => await db.Assets.Unarchived().Where(a => a.BrandId == brandId && ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of evidence."),
        };

    /// <summary>Each task's evidence with titles, in the order it was linked.</summary>
    public static async Task<Dictionary<Guid, List<TaskEvidence>>> EvidenceOfTasksAsync(this BrandContentDb db, IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        if (taskIds.Count == 0)
        {
            return [];
        }

        var links = await db.PlanTaskEvidence.Where(e => taskIds.Contains(e.TaskId))
            .OrderBy(e => e.LinkedAt).ThenBy(e => e.ContentId).ToListAsync(ct);
        var titles = new Dictionary<(ContentKind, Guid), string>();
        foreach (var group in links.GroupBy(l => l.Kind))
        {
            var ids = group.Select(l => l.ContentId).Distinct().ToList();
            foreach (var (id, title) in await TitlesAsync(db, group.Key, ids, ct))
            {
                titles[(group.Key, id)] = title;
            }
        }

        return links.GroupBy(l => l.TaskId).ToDictionary(
            g => g.Key,
            g => g.Select(l => new TaskEvidence(l.Kind, l.ContentId, titles.GetValueOrDefault((l.Kind, l.ContentId)) ?? "")).ToList());
    }

    private static async Task<List<(Guid Id, string Title)>> TitlesAsync(BrandContentDb db, ContentKind kind, List<Guid> ids, CancellationToken ct)
    {
        var rows = kind switch
        {
            ContentKind.Story => await (from v in db.StoryVariants
                                        join s in db.Stories on v.StoryId equals s.Id
                                        join b in db.Brands on s.BrandId equals b.Id
                                        where ids.Contains(s.Id) && !v.IsLive && v.Locale == b.SourceLocale
                                        select new { Id = s.Id, Title = (string?)v.Title }).ToListAsync(ct),
            ContentKind.ChannelPost => await (from v in db.ChannelPostVariants
                                              join p in db.ChannelPosts on v.PostId equals p.Id
                                              join b in db.Brands on p.BrandId equals b.Id
                                              where ids.Contains(p.Id) && !v.IsLive && v.Locale == b.SourceLocale
                                              select new { Id = p.Id, Title = v.Text }).ToListAsync(ct),
            ContentKind.Event => await (from v in db.EventVariants
                                        join e in db.Events on v.EventId equals e.Id
                                        join b in db.Brands on e.BrandId equals b.Id
                                        where ids.Contains(e.Id) && !v.IsLive && v.Locale == b.SourceLocale
                                        select new { Id = e.Id, Title = (string?)v.Name }).ToListAsync(ct),
            ContentKind.Asset => await (from v in db.AssetVariants
                                        join a in db.Assets on v.AssetId equals a.Id
                                        join b in db.Brands on a.BrandId equals b.Id
                                        where ids.Contains(a.Id) && !v.IsLive && v.Locale == b.SourceLocale
                                        select new { Id = a.Id, Title = (string?)v.Title }).ToListAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of evidence."),
        };
        return [.. rows.Select(r => (r.Id, Cut(r.Title ?? "")))];
    }

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= TitleMaxLength ? line : string.Concat(line.AsSpan(0, TitleMaxLength - 1), "…");
    }
}
