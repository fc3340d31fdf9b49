using System.Text.RegularExpressions;

namespace BrandContent.Api.GraphQL.Errors;

/// <summary>
/// What an error message shows of a value the caller sent: at most <see cref="MaxLength"/> characters, then an
/// ellipsis. A client that sent 200,000 characters knows them already; echoing them back costs both sides.
/// </summary>
public static partial class EchoedValues
{
    public const int MaxLength = 100;

    /// <summary>A whole message of GraphQL.NET's is cut here whatever its quoting (a value full of quotes).</summary>
    public const int MaxMessageLength = 1000;

    // GraphQL.NET quotes what it echoes: variable values in '…', literals as GraphQL strings in "…" (with escapes).
    // More than MaxLength characters between the quotes. Linear time whatever the message: it holds what a caller sent.
    [GeneratedRegex(@"'(?<value>[^']{101,})'|""(?<value>(?:[^""\\]|\\.){101,})""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LongQuotedValue();

    public static string Cut(string value, int maxLength = MaxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        // Never split a surrogate pair: half of one is not text.
        var end = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(value.AsSpan(0, end), "…");
    }

    /// <summary>A message of GraphQL.NET's (validation, variables) with each long quoted value cut.</summary>
    public static string CutQuoted(string message)
    {
        if (message.Length <= MaxLength)
        {
            return message;
        }

        var cut = LongQuotedValue().Replace(message, m =>
        {
            var quote = m.Value[0];
            return quote + Cut(m.Groups["value"].Value) + quote;
        });
        return Cut(cut, MaxMessageLength);
    }
}
