using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BrandContent.Kits;

/// <summary>How every JSON part of a kit is written: indented for people, letters of every script as themselves.</summary>
public static class KitJson
{
    // Still escapes what HTML and JavaScript treat specially (<, >, &, quotes) and control characters.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = Encoder };

    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = Encoder };

    public static byte[] Write<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, SerializerOptions);
}
