using System.Globalization;
using BrandContent.Api.Studio;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Translation;

namespace BrandContent.Tests.Studio;

/// <summary>The editor names every field, kind and state it can show, in both languages (a missing name would throw on the page).</summary>
public sealed class EditorTextTests
{
    public static TheoryData<string> Cultures => new() { "en", "vi" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_field_of_every_kind_every_kind_and_every_state_has_its_words(string culture)
    {
        var text = new EditorText();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var names = LocalizedKinds.All.SelectMany(k => k.Fields).Select(f => "Field." + f.Name)
                .Concat(Enum.GetValues<ContentKind>().Select(k => "Kind." + k))
                .Concat(Enum.GetValues<TranslationState>().Select(s => "State." + s.ToConstantCase()))
                .Concat(Enum.GetValues<WorkflowStatus>().Select(s => "State." + s.ToConstantCase()))
                .Concat(new[] { GlossaryWarning.ApprovedTranslationMissing, GlossaryWarning.DoNotTranslateAltered }.Select(r => "Glossary." + r))
                .Distinct();

            Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(text[name]), name));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_Vietnamese_words_name_exactly_the_English_ones_and_each_is_translated()
    {
        var resources = new System.Resources.ResourceManager(StudioTextSource.ResourceFolder + nameof(EditorText), typeof(EditorText).Assembly);
        var english = Entries(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var vietnamese = Entries(resources.GetResourceSet(CultureInfo.GetCultureInfo("vi"), true, false)!);

        Assert.Equal(english.Keys.Order(), vietnamese.Keys.Order());
        Assert.All(vietnamese, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
        Assert.True(english.Count(e => e.Value != vietnamese[e.Key]) > english.Count - 3, "most words should differ between the languages");
    }

    private static Dictionary<string, string> Entries(System.Resources.ResourceSet set) =>
        set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
