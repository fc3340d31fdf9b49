using System.Text.Encodings.Web;
using System.Text.Json;

namespace BrandContent.Kits;

/// <summary>How every JSON part of a kit is written: indented for people, text as typed (no \u escapes for letters, '+' or apostrophes).</summary>
public static class KitJson
{
    // The kit's JSON files are read by people and tools, never placed inside HTML or a script, so characters that matter
    // only there stay as they are; quotes, backslashes and control characters are escaped as JSON requires.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = Encoder };

    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = Encoder };

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
}
