namespace BrandContent.Storage;

/// <summary>
/// Text PostgreSQL can hold. A <c>text</c> value cannot contain NUL, and half of a UTF-16 surrogate pair has no
/// UTF-8 form, so either would fail the statement (22021, or an encoder error in Npgsql) instead of being refused.
/// </summary>
public static class StorableText
{
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        if (text.Contains('\0'))
        {
            return false;
        }

        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0; i = Next(text, i + 2))
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Next(ReadOnlySpan<char> text, int from) =>
        text[from..].IndexOfAnyInRange('\uD800', '\uDFFF') is var next and >= 0 ? from + next : -1;
}
