namespace BrandContent;

/// <summary>A failure the caller can act on: a stable <see cref="ErrorCode"/> plus the values its message names.</summary>
/// <remarks>The message text is chosen by the API in the caller's language; feature code only says what went wrong.</remarks>
public sealed class BrandContentException(string code, params object?[] arguments)
    : Exception($"{code}: {string.Join(", ", arguments)}")
{
    public string Code { get; } = code;

    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
