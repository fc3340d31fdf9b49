using BrandContent.Editing;
using BrandContent.Posts;

namespace BrandContent.Clarifications;

/// <summary>
/// A clarification's variant beyond lengths and Markdown: the headline and the quoted claim are plain text without
/// control characters (a claim keeps any markup it quotes as text: it is delivered as text, never rendered).
/// </summary>
public static class ClarificationVariantRules
{
    public static IEnumerable<FieldProblem> Check(ClarificationVariant variant)
    {
        foreach (var (field, text) in new[] { ("title", variant.Title), ("claim", variant.Claim) })
        {
            if (PlainText.HasControlCharacter(text))
            {
                yield return new FieldProblem(field, ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(text));
            }
        }
    }
}
