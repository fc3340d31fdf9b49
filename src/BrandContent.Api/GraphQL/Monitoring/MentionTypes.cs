using BrandContent.Api.GraphQL.Input;
using BrandContent.Monitoring;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Monitoring;

/// <summary>A mention as a page serves it: with its brands' slugs and pillars' keys, read once for the whole page.</summary>
public sealed record MentionView(Mention Mention, IReadOnlyList<string> Brands, IReadOnlyList<string> Pillars);

public sealed class SentimentType : EnumerationGraphType<Sentiment>
{
    public SentimentType()
    {
        Name = "Sentiment";
        Description = "How coverage speaks of the brand: POSITIVE, NEUTRAL or NEGATIVE.";
    }
}

public sealed class MentionType : ObjectGraphType<MentionView>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "A piece of media coverage found by monitoring.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Mention.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Description("When the outlet published it (UTC).").Resolve(ctx => ctx.Source.Mention.PublishedAt);
        Field<NonNullGraphType<StringGraphType>>("outlet").Resolve(ctx => ctx.Source.Mention.Outlet);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The address, normalized (lower-case host, no fragment, no utm_ parameters).").Resolve(ctx => ctx.Source.Mention.Url);
        Field<NonNullGraphType<StringGraphType>>("market").Description("The market (country) code of its readers.").Resolve(ctx => ctx.Source.Mention.MarketCode);
        Field<NonNullGraphType<StringGraphType>>("language").Resolve(ctx => ctx.Source.Mention.Language);
        Field<LongGraphType>("reach").Description("The monitoring tool's estimate of readers or viewers.").Resolve(ctx => ctx.Source.Mention.Reach);
        Field<NonNullGraphType<SentimentType>>("sentiment").Resolve(ctx => ctx.Source.Mention.Sentiment);
        Field<NonNullGraphType<BooleanGraphType>>("falseInformation").Description("It spreads false information about the brand.").Resolve(ctx => ctx.Source.Mention.FalseInformation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("brands").Description("Slugs of the brands it is about.").Resolve(ctx => ctx.Source.Brands);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pillars").Description("Keys of the pillars it concerns.").Resolve(ctx => ctx.Source.Pillars);
        Field<NonNullGraphType<StringGraphType>>("headline").Resolve(ctx => ctx.Source.Mention.Headline);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("The name of the API key that recorded or imported it.").Resolve(ctx => ctx.Source.Mention.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(ctx => ctx.Source.Mention.RecordedAt);
    }
}

public sealed class MentionInputType : InputObjectGraphType<MentionInput>
{
    public MentionInputType()
    {
        Name = "MentionInput";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt");
        Field<NonNullGraphType<StringGraphType>>("outlet").Description($"The newspaper, channel or site (one line of plain text, at most {Mention.OutletMaxLength} characters).");
        Field<NonNullGraphType<StringGraphType>>("url").Description("http or https; unique once normalized.");
        Field<NonNullGraphType<StringGraphType>>("market").Description("The market (country) code of its readers, e.g. KR.");
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 tag of the coverage's language.");
        Field<LongGraphType>("reach");
        Field<NonNullGraphType<SentimentType>>("sentiment");
        Field<BooleanGraphType>("falseInformation").Description("false when absent.");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("pillars").Description("Ids of pillars of the mention's brands.");
        Field<StringGraphType>("headline").Description($"One line of plain text, at most {Mention.HeadlineMaxLength} characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MentionInput(
        (DateTimeOffset)value["publishedAt"]!,
        (string)value["outlet"]!,
        (string)value["url"]!,
        (string)value["market"]!,
        (string)value["language"]!,
        value.TryGetValue("reach", out var reach) ? reach as long? : null,
        (Sentiment)value["sentiment"]!,
        value.TryGetValue("falseInformation", out var falseInformation) && falseInformation is true,
        value.TryGetValue("pillars", out var pillars) && pillars is IEnumerable<object?> ids ? [.. ids.Cast<Guid>()] : null,
        value.TryGetValue("headline", out var headline) ? headline as string ?? "" : "");
}
