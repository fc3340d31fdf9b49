using BrandContent.Api.GraphQL.Channels;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Editing;
using BrandContent.Translation;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public sealed class FieldRuleType : ObjectGraphType<LocalizedField>
{
    public FieldRuleType()
    {
        Name = "FieldRule";
        Description = "A localized field of a kind of content and what it takes.";
        Field(f => f.Name);
        Field(f => f.MaxLength).Description("The most characters (UTF-16 code units) the field stores.");
        Field(f => f.Required);
        Field<NonNullGraphType<StringGraphType>>("format").Description("TEXT, MARKDOWN, SLUG or LINES (one item per line).")
            .Resolve(ctx => ctx.Source.Format.ToString().ToUpperInvariant());
        Field(f => f.Translatable).Description("False for values set per locale that are no text to translate (a post's media ids).");
    }
}

public sealed class ChannelTextLimitType : ObjectGraphType<ChannelTextLimit>
{
    public ChannelTextLimitType()
    {
        Name = "ChannelTextLimit";
        Description = "A target channel's length limit on the field it carries.";
        Field(l => l.Field);
        Field(l => l.Channel).Description("The channel's code.");
        Field(l => l.MaxLength);
        Field<NonNullGraphType<TextCountingType>>("counting").Resolve(ctx => ctx.Source.Counting);
    }
}

public sealed class GlossaryHitType : ObjectGraphType<GlossaryHit>
{
    public GlossaryHitType()
    {
        Name = "GlossaryHit";
        Description = "A glossary term the source uses.";
        Field(h => h.Term).Description("As written in the source locale.");
        Field(h => h.DoNotTranslate);
        Field(h => h.Translation, nullable: true).Description("The approved translation in the workspace's locale, if any.");
        Field(h => h.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("The source fields that use it.").Resolve(ctx => ctx.Source.Fields);
    }
}

public sealed class TranslationWorkspaceType : ObjectGraphType<TranslationWorkspace>
{
    public TranslationWorkspaceType()
    {
        Name = "TranslationWorkspace";
        Description = "Everything needed to translate one item into one locale.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.Owner.EntityId);
        Field<NonNullGraphType<StringGraphType>>("brand").Description("The brand's slug.").Resolve(ctx => ctx.Source.BrandSlug);
        Field(w => w.Locale);
        Field<NonNullGraphType<StringGraphType>>("sourceLocale").Resolve(ctx => ctx.Source.Owner.SourceLocale);
        Field<NonNullGraphType<BooleanGraphType>>("archived").Resolve(ctx => ctx.Source.Owner.Archived);
        Field<NonNullGraphType<EditableVariantType>>("source").Description("The source's working copy as it is now.")
            .Resolve(ctx => new EditableVariant(ctx.Source.Kind, ctx.Source.Source, ctx.Source.Source.Revision));
        Field<EditableVariantType>("target").Description("The translation's working copy; null while it is missing.")
            .Resolve(ctx => ctx.Source.Target is { } target ? new EditableVariant(ctx.Source.Kind, target, ctx.Source.Source.Revision) : null);
        Field(w => w.Outdated).Description("The source changed after the translation was made.");
        Field<ListGraphType<NonNullGraphType<FieldValueType>>>("translatedFrom")
            .Description("For an outdated translation: the source's text at the revision it was translated from (null when not outdated, or when that text is not in the history).")
            .Resolve(ctx => ctx.Source.TranslatedFrom?.ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldRuleType>>>>("fields").Description("The kind's localized fields, in order, with their limits.")
            .Resolve(ctx => ctx.Source.Kind.Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelTextLimitType>>>>("channelLimits").Resolve(ctx => ctx.Source.ChannelLimits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GlossaryHitType>>>>("glossary").Resolve(ctx => ctx.Source.Glossary);
    }
}
