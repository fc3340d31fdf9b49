using System.Text;
using BrandContent.Translation;

namespace BrandContent.Tests.Translation;

public sealed class WordDiffTests
{
    [Fact]
    public void Vietnamese_words_keep_their_tone_marks_whether_precomposed_or_combining()
    {
        var decomposed = "Chư Đăng Ya".Normalize(NormalizationForm.FormD);

        Assert.Equal(["Chư", " ", "Đăng", " ", "Ya"], WordDiff.Tokens(decomposed));
        Assert.Equal([new DiffRun(DiffChange.Equal, "Chư Đăng Ya")], WordDiff.Compare("Chư Đăng Ya", decomposed));
    }

    [Fact]
    public void Chinese_and_Japanese_are_compared_character_by_character()
    {
        Assert.Equal(["我", "爱", "北", "京"], WordDiff.Tokens("我爱北京"));
        Assert.Equal(["東", "京", "タ", "ワ", "ー", "へ", "行", "く", "。"], WordDiff.Tokens("東京タワーへ行く。"));
        Assert.Equal(
            [new(DiffChange.Equal, "嘉莱"), new(DiffChange.Deleted, "省"), new(DiffChange.Inserted, "高原"), new(DiffChange.Equal, "的锣")],
            WordDiff.Compare("嘉莱省的锣", "嘉莱高原的锣"));
    }

    [Fact]
    public void Korean_syllables_count_one_each_so_a_changed_particle_is_the_change()
    {
        Assert.Equal(["축", "제", "가", " ", "열", "린", "다"], WordDiff.Tokens("축제가 열린다"));
        Assert.Equal(
            [new(DiffChange.Equal, "축제"), new(DiffChange.Deleted, "가"), new(DiffChange.Inserted, "는"), new(DiffChange.Equal, " 열린다")],
            WordDiff.Compare("축제가 열린다", "축제는 열린다"));
    }

    [Fact]
    public void A_changed_word_is_replaced_whole_not_letter_by_letter()
    {
        Assert.Equal(
            [new(DiffChange.Equal, "Lễ hội "), new(DiffChange.Deleted, "gong"), new(DiffChange.Inserted, "cồng chiêng"), new(DiffChange.Equal, " Gia Lai.")],
            WordDiff.Compare("Lễ hội gong Gia Lai.", "Lễ hội cồng chiêng Gia Lai."));
    }

    [Fact]
    public void Punctuation_is_a_token_of_its_own()
    {
        Assert.Equal(["Gia", " ", "Lai", ",", " ", "2026", "!"], WordDiff.Tokens("Gia Lai, 2026!"));
    }

    [Theory]
    [InlineData("", "Văn hóa cồng chiêng")]
    [InlineData("Văn hóa cồng chiêng", "")]
    [InlineData("Tây Nguyên hùng vĩ với núi lửa Chư Đăng Ya", "Núi lửa Chư Đăng Ya và hoa dã quỳ nở rộ mỗi mùa thu")]
    [InlineData("가을에 해바라기 축제가 열립니다.", "매년 가을 화산에서 해바라기 축제가 열립니다!")]
    [InlineData("ザライ省の火山", "ザライ省の美しい火山と向日葵")]
    [InlineData("line one\nline two", "line one\n\nline 2")]
    public void The_runs_rebuild_both_texts(string before, string after)
    {
        var runs = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(runs.Where(r => r.Change != DiffChange.Inserted).Select(r => r.Text)));
        Assert.Equal(after, string.Concat(runs.Where(r => r.Change != DiffChange.Deleted).Select(r => r.Text)));
        Assert.DoesNotContain(runs.Zip(runs.Skip(1)), pair => pair.First.Change == pair.Second.Change);
    }

    [Fact]
    public void Identical_and_absent_texts_give_one_run_or_none()
    {
        Assert.Equal([new DiffRun(DiffChange.Equal, "Gia Lai")], WordDiff.Compare("Gia Lai", "Gia Lai"));
        Assert.Empty(WordDiff.Compare(null, null));
        Assert.Equal([new DiffRun(DiffChange.Inserted, "mới")], WordDiff.Compare(null, "mới"));
    }

    [Fact]
    public void Html_marks_insertions_and_deletions_and_encodes_every_text()
    {
        var html = WordDiff.ToHtml(WordDiff.Compare("a <b>x</b> & đ", "a <script>alert(1)</script> & đ"));

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<ins>", html);
        Assert.Contains("<del>", html);
        Assert.Contains("&amp; đ", html);
        Assert.StartsWith("a &lt;", html);
    }

    [Fact]
    public void A_text_with_more_distinct_words_than_the_diff_has_codes_is_compared_by_line_and_still_rebuilds()
    {
        var before = string.Join('\n', Enumerable.Range(0, 7_000).Select(i => string.Join(' ', Enumerable.Range(i * 10, 10).Select(w => $"w{w}"))));
        var after = "mở đầu\n" + before.Replace("w100 ", "", StringComparison.Ordinal);

        var runs = WordDiff.Compare(before, after);

        // Compared as booleans: a failure would otherwise print half a megabyte.
        Assert.True(before == string.Concat(runs.Where(r => r.Change != DiffChange.Inserted).Select(r => r.Text)), "the old text does not rebuild");
        Assert.True(after == string.Concat(runs.Where(r => r.Change != DiffChange.Deleted).Select(r => r.Text)), "the new text does not rebuild");
        Assert.Contains(runs, r => r.Change == DiffChange.Equal && r.Text.Length > 1_000);
    }
}
