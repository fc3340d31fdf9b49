using System.Xml.Linq;

namespace BrandContent.Tests.Studio;

/// <summary>Every studio text exists in English and Vietnamese (each resx under Studio/Resources and its .vi twin).</summary>
public sealed class StudioTextParityTests
{
    private static string ResourceFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/BrandContent.Api/Studio/Resources"));

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Every_studio_resx_has_a_Vietnamese_twin_with_the_same_names_and_placeholders_and_no_empty_text()
    {
        var english = Directory.GetFiles(ResourceFolder(), "*.resx").Where(f => !f.EndsWith(".vi.resx", StringComparison.Ordinal)).ToList();
        Assert.Contains(english, f => Path.GetFileName(f) == "StudioText.resx");
        foreach (var file in english)
        {
            var vi = file[..^".resx".Length] + ".vi.resx";
            Assert.True(File.Exists(vi), $"{Path.GetFileName(file)} has no Vietnamese twin");
            var en = Texts(file);
            var translated = Texts(vi);
            Assert.Equal(en.Keys.Order(), translated.Keys.Order());
            foreach (var (name, text) in en)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{name} is empty in English");
                Assert.False(string.IsNullOrWhiteSpace(translated[name]), $"{name} is empty in Vietnamese");
                Assert.Equal(Placeholders(text), Placeholders(translated[name]));
            }
        }
    }

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+[^}]*\}").Select(m => m.Value).Order()];
}
