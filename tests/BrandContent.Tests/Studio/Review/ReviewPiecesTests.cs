using System.Globalization;
using BrandContent.Api.Studio;
using BrandContent.Api.Studio.Pages.Entities;
using BrandContent.Api.Studio.Pages.Review;
using BrandContent.Api.Studio.Pages.Xliff;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Translation.Xliff;

namespace BrandContent.Tests.Studio.Review;

/// <summary>The review screens' own small pieces: addresses, the field diff, market times, the XLIFF problem rows, their words.</summary>
public sealed class ReviewPiecesTests
{
    [Fact]
    public void Every_kind_has_an_address_name_that_reads_back_and_nothing_else_does()
    {
        foreach (var kind in Enum.GetValues<ContentKind>())
        {
            Assert.True(StudioKinds.TryParse(StudioKinds.Slug(kind), out var back));
            Assert.Equal(kind, back);
        }

        Assert.Equal("key-message", StudioKinds.Slug(ContentKind.KeyMessage));
        Assert.False(StudioKinds.TryParse("KEY_MESSAGE", out _));
        Assert.False(StudioKinds.TryParse("Story", out _));
        Assert.False(StudioKinds.TryParse("story<script>", out _));
        Assert.False(StudioKinds.TryParse(null, out _));
        Assert.Equal($"/studio/review/key-message/{Guid.Empty:D}/zh-Hant", StudioKinds.ReviewPath(ContentKind.KeyMessage, Guid.Empty, "zh-Hant"));
    }

    [Fact]
    public void The_diff_marks_each_field_changed_or_not_and_a_field_without_a_live_copy_as_changed_when_it_has_text()
    {
        var changes = FieldDiff.Compare(
            [new("title", "새 제목"), new("slug", "same"), new("summary", null), new("body", "")],
            [new("title", "옛 제목"), new("slug", "same"), new("summary", null)]);

        Assert.Equal([true, false, false, false], changes.Select(c => c.Changed));
        Assert.Equal(("옛 제목", "새 제목"), (changes[0].Live, changes[0].Working));
        Assert.All(FieldDiff.Compare([new("title", "x")], null), c => Assert.True(c.Changed));
    }

    [Theory]
    [InlineData("2027-03-01T09:00", "Asia/Seoul", "2027-03-01T00:00:00+00:00")]
    [InlineData("2027-07-01T09:00", "Europe/Paris", "2027-07-01T07:00:00+00:00")]
    [InlineData("2027-01-15T09:00", "Europe/Paris", "2027-01-15T08:00:00+00:00")]
    [InlineData("2027-11-07T01:30", "America/New_York", "2027-11-07T05:30:00+00:00")] // twice that night: the earlier
    public void A_wall_clock_time_becomes_the_instant_it_happens_in_the_market(string local, string zone, string expected)
    {
        var moment = PublishMoment.Read(local, new MarketZone("X", "X", zone, []));
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), moment.Instant);
    }

    [Theory]
    [InlineData("2027-03-28T02:30", "Europe/Paris", "Review.PublishAt.Skipped")]
    [InlineData("2027-02-30T09:00", "Asia/Seoul", "Review.PublishAt.Format")]
    [InlineData("<script>", "Asia/Seoul", "Review.PublishAt.Format")]
    [InlineData("2027-03-01T09:00", "Mars/Olympus", "Review.PublishAt.Zone")]
    public void A_time_that_does_not_happen_is_refused_with_the_reason(string local, string zone, string problem)
    {
        var moment = PublishMoment.Read(local, new MarketZone("X", "X", zone, []));
        Assert.Null(moment.Instant);
        Assert.Equal(problem, moment.ProblemKey);
    }

    [Fact]
    public void An_XLIFF_problem_is_split_into_line_unit_and_rule()
    {
        var unit = XliffProblem.From(new StudioFieldProblem("line 12: unit STORY.0196.title", "MAX_LENGTH", "too long"));
        var doctype = XliffProblem.From(new StudioFieldProblem("line 3: DOCTYPE", "XML_DTD", "no DTD"));
        var attribute = XliffProblem.From(new StudioFieldProblem("xliff@trgLang", "XLIFF_LANGUAGE", "wrong"));

        Assert.Equal(new XliffProblem(12, "STORY.0196.title", "MAX_LENGTH", "too long"), unit);
        Assert.Equal(new XliffProblem(3, "DOCTYPE", "XML_DTD", "no DTD"), doctype);
        Assert.Equal(new XliffProblem(null, "xliff@trgLang", "XLIFF_LANGUAGE", "wrong"), attribute);
    }

    [Fact]
    public void A_create_form_reads_typed_values_and_names_the_ones_that_are_not_of_their_type()
    {
        var form = EntityForm.Of(ContentKind.Asset)!;
        var posted = new Dictionary<string, string?>
        {
            ["kind"] = "IMAGE",
            ["url"] = "https://x.test/a.jpg",
            ["mimeType"] = "image/jpeg",
            ["width"] = "12a",
            ["sizeBytes"] = "5000000000",
            ["rightsExpireAt"] = "2027-01-01T10:00",
            ["tags"] = "a\n\n b ",
        };

        var (input, problems) = form.Read(posted.GetValueOrDefault);

        Assert.Equal(new Dictionary<string, string> { ["width"] = "Entity.Format.Integer" }, problems);
        Assert.Equal(5_000_000_000L, input["sizeBytes"]);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero), input["rightsExpireAt"]);
        Assert.Equal(["a", "b"], (string[])input["tags"]!);
        Assert.Equal("Entity.Required", EntityForm.Of(ContentKind.Story)!.Read(_ => " ").Problems["date"]);
        Assert.Equal("Entity.TooLong", EntityForm.Of(ContentKind.Event)!.Read(n => n == "place" ? new string('x', 5000) : "2026-01-01").Problems["place"]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Every_word_the_screens_look_up_by_a_value_exists(string culture)
    {
        var text = new ReviewText();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var keys = Enum.GetValues<ContentKind>().Select(k => "Kind." + k)
                .Concat(Enum.GetValues<WorkflowStatus>().Select(s => "Status." + s))
                .Concat(Enum.GetValues<RevisionAction>().Select(a => "Action." + a.ToConstantCase()))
                .Concat(Enum.GetValues<XliffScope>().Select(s => "Xliff.Scope." + s))
                .Concat(Enum.GetValues<EntityInputKind>().Select(k => "Entity.Format." + k))
                .Concat(EntityForm.All.SelectMany(f => f.Inputs).Select(i => i.LabelKey))
                .Concat(EntityForm.AssetKinds.Select(k => "AssetKind." + k))
                .Concat(new[] { "approve", "requestChanges", "publish", "schedule", "unpublish" }.Select(d => "Review.Done." + d));
            Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(text[key]), key));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
