using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Translation;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public sealed class TranslationStateType : EnumerationGraphType<TranslationState>
{
    public TranslationStateType()
    {
        Name = "TranslationState";
        Description = "MISSING, OUTDATED (the source changed since), or the translation's workflow state.";
    }
}

public sealed class TranslationItemType : ObjectGraphType<TranslationItem>
{
    public TranslationItemType()
    {
        Name = "TranslationItem";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.EntityId);
        Field(i => i.Locale);
        Field<NonNullGraphType<TranslationStateType>>("state").Resolve(ctx => ctx.Source.State);
        Field(i => i.Label, nullable: true).Description("Title, name or headline: in the locale when translated, else in the source.");
        Field(i => i.SourceRevision).Description("The source's current revision.");
        Field(i => i.TranslatedFromRevision, nullable: true).Description("The source revision the translation was made from.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("sourceUpdatedAt").Resolve(ctx => ctx.Source.SourceUpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("sourceText").Resolve(ctx => ctx.Source.SourceText.ToList());
        Field<DateTimeOffsetGraphType>("dueAt").Description("When the translation is due: a clarification's translations, by its severity, once it is published; they head the queue.")
            .Resolve(ctx => ctx.Source.DueAt);
    }
}

public sealed class TranslationCountsType : ObjectGraphType<TranslationCounts>
{
    public TranslationCountsType()
    {
        Name = "TranslationCounts";
        Description = "Per kind of content and locale: how many items are in each state, and which.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Locale);
        foreach (var state in Enum.GetValues<TranslationState>())
        {
            var name = char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];
            Field<NonNullGraphType<IntGraphType>>(name).Resolve(ctx => ctx.Source.Count(state));
        }

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationItemType>>>>("items")
            .Argument<TranslationStateType>("state", "Only the items in this state.")
            .Resolve(ctx => ctx.GetArgument<TranslationState?>("state") is { } state ? ctx.Source.Items.Where(i => i.State == state).ToList() : ctx.Source.Items);
    }
}

public sealed class MarketCoverageType : ObjectGraphType<MarketCoverage>
{
    public MarketCoverageType()
    {
        Name = "MarketCoverage";
        Description = "What a market's readers see right now for one kind of content.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Total);
        Field(c => c.NotServed).Description("Items with no live variant anywhere in the chain.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("servedIn")
            .Description("How many items are served in each locale (name = locale, value = count).")
            .Resolve(ctx => ctx.Source.ServedIn.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationItemType>>>>("inFallback")
            .Description("Items served in a later locale of the chain than the market's first.").Resolve(ctx => ctx.Source.InFallback);
    }
}

public sealed record TranslationStatus(IReadOnlyList<string> Locales, IReadOnlyList<TranslationCounts> Counts, IReadOnlyList<MarketCoverage>? Coverage);

public sealed class TranslationStatusType : ObjectGraphType<TranslationStatus>
{
    public TranslationStatusType()
    {
        Name = "TranslationStatus";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locales").Resolve(ctx => ctx.Source.Locales);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationCountsType>>>>("counts").Resolve(ctx => ctx.Source.Counts);
        Field<ListGraphType<NonNullGraphType<MarketCoverageType>>>("coverage").Description("With a market: what its readers see.").Resolve(ctx => ctx.Source.Coverage);
    }
}
