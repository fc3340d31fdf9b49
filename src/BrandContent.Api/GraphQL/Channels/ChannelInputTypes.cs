using BrandContent.Api.GraphQL.Translation;
using BrandContent.Assets;
using BrandContent.Channels;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Channels;

public sealed class ChannelInputType : InputObjectGraphType<ChannelInput>
{
    public ChannelInputType()
    {
        Name = "ChannelInput";
        Field<StringGraphType>("code").Description("Required to create (2-40 lowercase letters, digits, single hyphens); a channel's code cannot change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TermTranslationInputType>>>>("names").Description("The channel's name per locale, at least one.");
        Field<NonNullGraphType<ChannelKindType>>("kind");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Codes of the markets it serves.");
        Field<ChannelRulesInputType>("rules").Description("Absent: no limits, links and media allowed.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChannelInput(
        value.TryGetValue("code", out var code) ? code as string : null,
        (value.TryGetValue("names", out var names) ? names as IEnumerable<object?> ?? [] : [])
            .Cast<KeyValuePair<string, string>>().GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        (ChannelKind)value["kind"]!,
        value.TryGetValue("markets", out var markets) && markets is IEnumerable<object?> codes ? codes.Cast<string>().ToList() : [],
        value.TryGetValue("rules", out var rules) && rules is ChannelRules given ? given : new ChannelRules());
}

public sealed class ChannelRulesInputType : InputObjectGraphType<ChannelRules>
{
    public ChannelRulesInputType()
    {
        Name = "ChannelRulesInput";
        Description = "A channel's rules; every field absent or null means no limit (or the default shown).";
        Field<IntGraphType>("maxTextLength").Description("1 to 1,000,000.");
        Field<TextCountingType>("counting").Description("Default GRAPHEMES.");
        Field<IntGraphType>("maxHashtags").Description("0 to 1,000.");
        Field<RequirementType>("link").Description("Default ALLOWED.");
        Field<RequirementType>("media").Description("Default ALLOWED.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<AssetKind>>>>("mediaKinds").Description("Empty or absent: any kind.");
        Field<IntGraphType>("maxVideoSeconds").Description("1 to 86,400.");
        Field<IntGraphType>("maxReadingSeconds").Description("1 to 86,400.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChannelRules
    {
        MaxTextLength = Int(value, "maxTextLength"),
        Counting = value.TryGetValue("counting", out var counting) && counting is TextCounting c ? c : TextCounting.Graphemes,
        MaxHashtags = Int(value, "maxHashtags"),
        Link = value.TryGetValue("link", out var link) && link is Requirement l ? l : Requirement.Allowed,
        Media = value.TryGetValue("media", out var media) && media is Requirement m ? m : Requirement.Allowed,
        MediaKinds = value.TryGetValue("mediaKinds", out var kinds) && kinds is IEnumerable<object?> list ? list.Cast<AssetKind>().ToList() : [],
        MaxVideoSeconds = Int(value, "maxVideoSeconds"),
        MaxReadingSeconds = Int(value, "maxReadingSeconds"),
    };

    private static int? Int(IDictionary<string, object?> value, string key) => value.TryGetValue(key, out var number) ? number as int? : null;
}
