using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Campaigns;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Posts;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Stories;
using BrandContent.Translation;

namespace BrandContent.Demo;

/// <summary>Turns one demo brand file into entities with deterministic ids.</summary>
internal static class DemoBrandBuilder
{
    public static void Add(BrandContentDb db, BrandFile file)
    {
        var source = LocaleTag.Normalize(file.SourceLocale);
        var brand = new Brand
        {
            Id = DemoContent.Id("brand", file.Slug),
            Slug = file.Slug,
            ParentId = file.Parent is null ? null : DemoContent.Id("brand", file.Parent),
            Level = Enum.Parse<BrandLevel>(file.Level, ignoreCase: true),
            SourceLocale = source,
            Colors = file.Colors.Select(c => new BrandColor { Name = c.Name, Hex = c.Hex, Role = c.Role }).ToList(),
            Typography = file.Typography.Select(t => new BrandFont { Role = t.Role, Family = t.Family, Fallback = t.Fallback }).ToList(),
            Logos = file.Logos.Select(l => new BrandLogo { Variant = l.Variant, AssetId = DemoContent.Id("asset", l.Asset) }).ToList(),
            Variants = Variants(file.Variants, source, (BrandText text, BrandVariant v) =>
            {
                v.Name = text.Name;
                v.Slogan = text.Slogan;
                v.Story = text.Story;
                v.ToneOfVoice = text.ToneOfVoice;
                v.UsageDo = text.UsageDo ?? [];
                v.UsageDont = text.UsageDont ?? [];
            }),
        };
        db.Brands.Add(brand);

        db.Assets.AddRange(file.Assets.Select(a => new Asset
        {
            Id = DemoContent.Id("asset", a.Key),
            Tags = (a.Tags ?? []).Select(StoryTag.Normalize).ToList(),
            Pillars = (a.Pillars ?? []).Select((key, i) => new AssetPillar
            {
                AssetId = DemoContent.Id("asset", a.Key),
                PillarId = DemoContent.Id("pillar", $"{file.Slug}/{key}"),
                Position = i,
            }).ToList(),
            BrandId = brand.Id,
            Kind = Enum.Parse<AssetKind>(a.Kind, ignoreCase: true),
            Url = a.Url,
            MimeType = a.MimeType,
            SizeBytes = a.SizeBytes,
            Width = a.Width,
            Height = a.Height,
            DurationSeconds = a.DurationSeconds,
            Credit = a.Credit,
            License = a.License,
            RightsExpireAt = a.RightsExpireAt,
            Variants = Variants(a.Variants, source, (AssetText text, AssetVariant v) => (v.Title, v.AltText, v.Caption) = (text.Title, text.AltText, text.Caption)),
        }));

        db.Pillars.AddRange(file.Pillars.Select(p => new Pillar
        {
            Id = DemoContent.Id("pillar", $"{file.Slug}/{p.Key}"),
            BrandId = brand.Id,
            Key = p.Key,
            Position = p.Position,
            Variants = Variants(p.Variants, source, (PillarText text, PillarVariant v) => (v.Name, v.Description) = (text.Name, text.Description)),
        }));

        db.KeyMessages.AddRange(file.KeyMessages.Select(m => new KeyMessage
        {
            Id = DemoContent.Id("message", $"{file.Slug}/{m.Key}"),
            BrandId = brand.Id,
            PillarId = m.Pillar is null ? null : DemoContent.Id("pillar", $"{file.Slug}/{m.Pillar}"),
            Markets = m.Markets,
            Audiences = m.Audiences,
            ValidFrom = m.ValidFrom,
            ValidTo = m.ValidTo,
            Priority = m.Priority,
            AlignsWithId = m.AlignsWith is null ? null : DemoContent.Id("message", m.AlignsWith),
            Variants = Variants(m.Variants, source, (KeyMessageText text, KeyMessageVariant v) => (v.Headline, v.Body) = (text.Headline, text.Body)),
        }));

        db.Stories.AddRange(file.Stories.Select(s =>
        {
            var id = DemoContent.Id("story", $"{file.Slug}/{s.Key}");
            return new Story
            {
                Id = id,
                BrandId = brand.Id,
                Date = s.Date,
                Tags = s.Tags,
                HeroAssetId = s.HeroAsset is null ? null : DemoContent.Id("asset", s.HeroAsset),
                Pillars = s.Pillars.Select((key, i) => new StoryPillar
                {
                    StoryId = id,
                    PillarId = DemoContent.Id("pillar", $"{file.Slug}/{key}"),
                    Position = i,
                }).ToList(),
                Variants = Variants(s.Variants, source, (StoryText text, StoryVariant v) =>
                {
                    v.BrandId = brand.Id;
                    v.Title = text.Title;
                    v.Slug = text.Slug;
                    v.Summary = text.Summary;
                    v.Body = text.Body;
                    v.SeoTitle = text.SeoTitle;
                    v.SeoDescription = text.SeoDescription;
                    v.SeoKeywords = text.SeoKeywords ?? [];
                }),
            };
        }));

        db.GlossaryTerms.AddRange((file.Glossary ?? []).Select(g => new GlossaryTerm
        {
            Id = DemoContent.Id("term", $"{file.Slug}/{g.Term}"),
            BrandId = brand.Id,
            Term = g.Term,
            DoNotTranslate = g.DoNotTranslate,
            Translations = (g.Translations ?? []).ToDictionary(t => LocaleTag.Normalize(t.Key), t => t.Value),
            Note = g.Note,
        }));

        db.Events.AddRange(file.Events.Select(e => new Event
        {
            Id = DemoContent.Id("event", $"{file.Slug}/{e.Key}"),
            BrandId = brand.Id,
            StartsOn = e.StartsOn,
            EndsOn = e.EndsOn,
            Place = e.Place,
            Variants = Variants(e.Variants, source, (EventText text, EventVariant v) => (v.Name, v.Description) = (text.Name, text.Description)),
        }));

        AddCampaignsAndPosts(db, file, brand.Id, source);
        DemoKeywordSets.Add(db, file.Slug, brand.Id, source);
        DemoClarifications.Add(db, file.Slug, brand.Id, source);
    }

    private static void AddCampaignsAndPosts(BrandContentDb db, BrandFile file, Guid brandId, string source)
    {
        Guid Key(string kind, string key) => DemoContent.Id(kind, $"{file.Slug}/{key}");
        db.Campaigns.AddRange((file.Campaigns ?? []).Select(c => new Campaign
        {
            Id = Key("campaign", c.Key),
            BrandId = brandId,
            Names = c.Names.ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value),
            Goal = c.Goal,
            Markets = c.Markets,
            StartsOn = c.StartsOn,
            EndsOn = c.EndsOn,
            Status = Enum.Parse<CampaignStatus>(c.Status, ignoreCase: true),
            StoryIds = [.. (c.Stories ?? []).Select(s => Key("story", s))],
            EventIds = [.. (c.Events ?? []).Select(e => Key("event", e))],
        }));

        db.ChannelPosts.AddRange((file.Posts ?? []).Select(p =>
        {
            var id = Key("post", p.Key);
            return new ChannelPost
            {
                Id = id,
                BrandId = brandId,
                CampaignId = p.Campaign is null ? null : Key("campaign", p.Campaign),
                StoryId = p.Story is null ? null : Key("story", p.Story),
                EventId = p.Event is null ? null : Key("event", p.Event),
                PillarIds = [.. (p.Pillars ?? []).Select(k => Key("pillar", k))],
                Channels = p.Channels,
                Markets = p.Markets,
                Variants = Variants(p.Variants, source, (PostText text, ChannelPostVariant v) =>
                {
                    v.PostId = id;
                    (v.Text, v.Link, v.Script, v.Slogan) = (text.Text, text.Link, text.Script, text.Slogan);
                    v.Hashtags = text.Hashtags ?? [];
                    v.Media = [.. (text.Media ?? []).Select(a => DemoContent.Id("asset", a))];
                    v.AltTexts = text.AltTexts ?? [];
                }),
            };
        }));
    }

    /// <summary>
    /// One working variant per locale entry, plus its live copy when it is published; translations are marked as
    /// made from revision 1 of the source.
    /// </summary>
    internal static List<TVariant> Variants<TText, TVariant>(Dictionary<string, TText> texts, string source, Action<TText, TVariant> fill)
        where TText : VariantEntry
        where TVariant : Variant, new() =>
        texts.SelectMany(pair =>
        {
            var locale = LocaleTag.Normalize(pair.Key);
            var variant = new TVariant
            {
                Locale = locale,
                Status = pair.Value.WorkflowStatus,
                PublishAt = pair.Value.PublishAt,
                UnpublishAt = pair.Value.UnpublishAt,
                SourceRevision = locale == source ? null : 1,
            };
            fill(pair.Value, variant);
            return variant.Status == WorkflowStatus.Published ? [variant, variant.ToLive<TVariant>()] : new[] { variant };
        }).ToList();
}
