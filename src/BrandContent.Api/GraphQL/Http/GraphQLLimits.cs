namespace BrandContent.Api.GraphQL.Http;

/// <summary>Limits checked before a query runs (section <c>BrandContent:GraphQL</c>).</summary>
public sealed record GraphQLLimits
{
    public const string Section = "BrandContent:GraphQL";

    /// <summary>Lexical tokens in one document; counted before parsing.</summary>
    public int MaxTokens { get; init; } = 4000;

    /// <summary>Nesting of the syntax tree while parsing, a guard for the parser itself.</summary>
    public int MaxParserDepth { get; init; } = 64;

    /// <summary>Depth of field selections, checked by the complexity analyzer.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Estimated cost: 1 per field, lists multiplied by their <c>first</c> argument or 5.</summary>
    public int MaxComplexity { get; init; } = 50_000;

    /// <summary>Distinct documents kept parsed in memory.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
