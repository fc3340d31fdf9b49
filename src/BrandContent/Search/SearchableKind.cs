using BrandContent.Assets;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Storage;
using BrandContent.Stories;

namespace BrandContent.Search;

/// <summary>
/// How one kind's live variants are searched: its variant table (with the <c>SearchVector</c> column and index of the
/// AddSearch migration), the entity table its brand and filters are read from, and the texts a snippet is cut from.
/// SQL fragments use <c>v</c> for the variant and <c>e</c> for the entity.
/// </summary>
public sealed record SearchableKind(ContentKind Kind, string VariantTable, string OwnerColumn, string EntityTable, string[] TextColumns)
{
    /// <summary>The same texts, read from a loaded variant (for snippets cut in code).</summary>
    public required Func<Variant, string?[]> Texts { get; init; }

    /// <summary>Entities by id as delivery serves them in a chain (the kind's own <c>…ByIdAsync</c>), as (id, localized object, variant).</summary>
    public required Func<BrandContentDb, IReadOnlyCollection<Guid>, LocaleChain, DateTimeOffset, CancellationToken, Task<IEnumerable<(Guid Id, object Node, Variant Variant)>>> Load { get; init; }

    /// <summary>What keeps an entity with the given <c>@pillar</c>; null when the kind has no pillars (it is then left out).</summary>
    public string? PillarFilter { get; init; }

    /// <summary>What keeps an entity for the <c>@markets</c> asked for; null when the kind is not aimed at markets.</summary>
    public string? MarketFilter { get; init; }

    /// <summary>What keeps an entity for a partner key's agreement audiences (<c>@agreementAudiences</c>); null when the kind is not aimed at audiences.</summary>
    public string? AudienceFilter { get; init; }

    /// <summary>What else an entity must be to be delivered (rights not expired, valid today).</summary>
    public string? Deliverable { get; init; }

    /// <summary>The variant's texts as one, in the order a snippet reads them.</summary>
    public string Text(string alias) => string.Join(" || ' ' || ", TextColumns.Select(c => $"coalesce({alias}.\"{c}\", '')"));
}

public static class SearchableKinds
{
    public static readonly SearchableKind Story = new(ContentKind.Story, "StoryVariants", "StoryId", "Stories", ["Title", "Summary", "Body"])
    {
        Texts = v => v is StoryVariant s ? [s.Title, s.Summary, s.Body] : [],
        Load = async (db, ids, chain, now, ct) => Nodes(await db.StoriesByIdAsync(ids, chain, now, ct)),
        PillarFilter = """EXISTS (SELECT 1 FROM "StoryPillars" p WHERE p."StoryId" = e."Id" AND p."PillarId" = @pillar)""",
    };

    public static readonly SearchableKind Event = new(ContentKind.Event, "EventVariants", "EventId", "Events", ["Name", "Description"])
    {
        Texts = v => v is EventVariant e ? [e.Name, e.Description] : [],
        Load = async (db, ids, chain, now, ct) => Nodes(await db.EventsByIdAsync(ids, chain, now, ct)),
    };

    public static readonly SearchableKind KeyMessage = new(ContentKind.KeyMessage, "KeyMessageVariants", "KeyMessageId", "KeyMessages", ["Headline", "Body"])
    {
        Texts = v => v is KeyMessageVariant m ? [m.Headline, m.Body] : [],
        Load = async (db, ids, chain, now, ct) => Nodes(await db.KeyMessagesByIdAsync(ids, chain, now, ct)),
        PillarFilter = """e."PillarId" = @pillar""",
        MarketFilter = """(cardinality(e."Markets") = 0 OR e."Markets" && @markets)""",
        AudienceFilter = Partners.AudienceReach.SqlFilter,
        Deliverable = """(e."ValidFrom" IS NULL OR e."ValidFrom" <= @today) AND (e."ValidTo" IS NULL OR e."ValidTo" >= @today)""",
    };

    public static readonly SearchableKind Pillar = new(ContentKind.Pillar, "PillarVariants", "PillarId", "Pillars", ["Name", "Description"])
    {
        Texts = v => v is PillarVariant p ? [p.Name, p.Description] : [],
        Load = async (db, ids, chain, now, ct) => Nodes(await db.PillarsByIdAsync(ids, chain, now, ct)),
        PillarFilter = """e."Id" = @pillar""",
    };

    public static readonly SearchableKind Asset = new(ContentKind.Asset, "AssetVariants", "AssetId", "Assets", ["Title", "Caption", "AltText"])
    {
        Texts = v => v is AssetVariant a ? [a.Title, a.Caption, a.AltText] : [],
        Load = async (db, ids, chain, now, ct) => Nodes(await db.AssetsByIdAsync(ids, chain, now, ct)),
        PillarFilter = """EXISTS (SELECT 1 FROM "AssetPillars" p WHERE p."AssetId" = e."Id" AND p."PillarId" = @pillar)""",
        Deliverable = """(e."RightsExpireAt" IS NULL OR e."RightsExpireAt" > @now)""",
    };

    public static readonly IReadOnlyList<SearchableKind> All = [Story, Event, KeyMessage, Pillar, Asset];

    public static SearchableKind? Of(ContentKind kind) => All.FirstOrDefault(k => k.Kind == kind);

    private static IEnumerable<(Guid, object, Variant)> Nodes<TEntity, TVariant>(Dictionary<Guid, Localized<TEntity, TVariant>> loaded)
        where TVariant : Variant =>
        loaded.Select(x => (x.Key, (object)x.Value, (Variant)x.Value.Variant));
}
