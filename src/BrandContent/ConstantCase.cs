using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace BrandContent;

/// <summary>Enum values as the API spells them (KEY_MESSAGE, IN_REVIEW, PUBLIC): GraphQL's constant case, in schema, files and messages alike.</summary>
public static partial class ConstantCase
{
    public static string ToConstantCase(this Enum value) => WordBoundary().Replace(value.ToString(), "_").ToUpperInvariant();

    /// <summary>The same for a known enum type, worked out once per value: metrics name the caller's role on every request.</summary>
    public static string ToConstantCase<TEnum>(this TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.Of(value);

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly ConcurrentDictionary<TEnum, string> Known = new();

        public static string Of(TEnum value) => Known.GetOrAdd(value, static v => ToConstantCase((Enum)v));
    }
}
