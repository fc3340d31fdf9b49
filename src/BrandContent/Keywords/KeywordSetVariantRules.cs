using BrandContent.Editing;
using BrandContent.Posts;

namespace BrandContent.Keywords;

/// <summary>
/// A keyword set's variant beyond the field lengths: plain text without control characters, keywords of at most
/// <see cref="Keyword.MaxLength"/> characters, well-formed hashtags (as a post's), and bounded counts.
/// </summary>
public static class KeywordSetVariantRules
{
    public static IEnumerable<FieldProblem> Check(KeywordSetVariant variant)
    {
        var problems = new List<FieldProblem>();
        if (PlainText.HasControlCharacter(variant.Name))
        {
            problems.Add(new FieldProblem("name", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(variant.Name)));
        }

        foreach (var keyword in variant.Keywords)
        {
            if (PlainText.HasControlCharacter(keyword))
            {
                problems.Add(new FieldProblem("keywords", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(keyword)));
            }
            else if (keyword.Length > Keyword.MaxLength)
            {
                problems.Add(new FieldProblem("keywords", ValidationRule.MaxLength, Keyword.MaxLength, keyword.Length));
            }
        }

        problems.InRange("keywords", variant.Keywords.Count, 0, KeywordSetDescriptor.MaxKeywords);
        problems.AddRange(variant.Hashtags.Where(t => !Hashtag.IsWellFormed(t)).Select(t => new FieldProblem("hashtags", ValidationRule.HashtagFormat, t)));
        problems.InRange("hashtags", variant.Hashtags.Count, 0, KeywordSetDescriptor.MaxHashtags);
        return problems;
    }
}
