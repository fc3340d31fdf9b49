namespace BrandContent.Posts;

/// <summary>
/// What a post's plain text may contain: any character but the C0 and C1 control characters other than tab, line
/// feed and carriage return. Those are invisible in an editor, and platforms reject or mangle them (a NUL cuts a
/// message, an escape starts a terminal sequence in a log).
/// </summary>
public static class PlainText
{
    public static bool HasControlCharacter(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>The first control character, as U+XXXX, for the message.</summary>
    public static string FirstControlCharacter(string text) =>
        $"U+{(int)text.First(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')):X4}";
}
