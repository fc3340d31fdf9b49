using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// Parses a query text once and keeps the document: clients send the same few queries over and over.
/// Documents do not depend on data, so nothing needs invalidating across server processes.
/// The token limit is checked on the raw text, before the parser spends anything on it.
/// </summary>
public sealed class GraphQLDocumentCache(IOptions<GraphQLLimits> options) : IDisposable
{
    private readonly GraphQLLimits limits = options.Value;
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>The parsed document, or a <see cref="DocumentLimitException"/> / <see cref="GraphQLParserException"/>.</summary>
    public GraphQLDocument Parse(string query)
    {
        if (documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            return cached!;
        }

        var tokens = CountTokens(query);
        if (tokens > limits.MaxTokens)
        {
            throw new DocumentLimitException(limits.MaxTokens);
        }

        var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return document;
    }

    private int CountTokens(string query)
    {
        var count = 0;
        var position = 0;
        while (true)
        {
            var token = Lexer.Lex(query, position);
            if (token.Kind == TokenKind.EOF || ++count > limits.MaxTokens)
            {
                return count;
            }

            position = token.End;
        }
    }

    public void Dispose() => documents.Dispose();
}

/// <summary>The document is larger than <see cref="GraphQLLimits.MaxTokens"/> allows.</summary>
public sealed class DocumentLimitException(int maxTokens) : Exception($"More than {maxTokens} tokens.")
{
    public int MaxTokens { get; } = maxTokens;
}
