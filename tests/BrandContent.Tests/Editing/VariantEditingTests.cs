using BrandContent.Access;
using BrandContent.Brands;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Editing;

public sealed class VariantEditingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private async Task<(Brand Brand, Story Story)> NewStoryAsync()
    {
        var brand = TestContent.Brand();
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 6, 1) };
        await using var db = app.OpenDb();
        db.AddRange(brand, story);
        await db.SaveChangesAsync();
        return (brand, story);
    }

    [Fact]
    public async Task Creating_a_variant_starts_at_revision_1_in_draft_with_history_and_audit()
    {
        var (_, story) = await NewStoryAsync();
        var variant = await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Lễ hội cồng chiêng", slug = "le-hoi-cong-chieng", body = "# Cồng chiêng\n\n*Tây Nguyên*" });

        Assert.Equal(1, variant.GetProperty("revision").GetInt32());
        Assert.Equal("DRAFT", variant.GetProperty("status").GetString());
        Assert.True(variant.GetProperty("isSource").GetBoolean());
        Assert.Equal(AdminKeyBootstrap.KeyName, variant.GetProperty("updatedBy").GetString());
        Assert.Equal("# Cồng chiêng\n\n*Tây Nguyên*", Fixtures.Editing.Field(variant, "body"));

        var history = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"vi\") { revision action actor changedFields fields { name value } } }", new { id = story.Id }))
            .Ok().GetProperty("variantHistory");
        var created = Assert.Single(history.EnumerateArray());
        Assert.Equal("CREATED", created.GetProperty("action").GetString());
        Assert.Equal(["title", "slug", "body"], created.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));

        var audit = (await app.GraphQL().QueryAsync("query($id: ID!) { auditLog(targetId: $id) { actor operation locale after } }", new { id = story.Id }))
            .Ok().GetProperty("auditLog");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("upsertVariant", entry.GetProperty("operation").GetString());
        Assert.Equal(AdminKeyBootstrap.KeyName, entry.GetProperty("actor").GetString());
        Assert.Contains("le-hoi-cong-chieng", entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Updating_bumps_the_revision_and_records_only_the_changed_fields()
    {
        var (_, story) = await NewStoryAsync();
        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Một", slug = "mot" });
        var second = await editing.UpsertOkAsync("STORY", story.Id, "vi", 1, new { title = "Hai" });
        var unchanged = await editing.UpsertOkAsync("STORY", story.Id, "vi", 2, new { title = "Hai" });

        Assert.Equal(2, second.GetProperty("revision").GetInt32());
        Assert.Equal("mot", Fixtures.Editing.Field(second, "slug"));
        Assert.Equal(2, unchanged.GetProperty("revision").GetInt32());
        var history = (await app.GraphQL().QueryAsync("query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"vi\") { revision changedFields } }", new { id = story.Id }))
            .Ok().GetProperty("variantHistory").EnumerateArray().ToList();
        Assert.Equal([2, 1], history.Select(h => h.GetProperty("revision").GetInt32()));
        Assert.Equal(["title"], history[0].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task A_stale_expected_revision_is_a_conflict_and_changes_nothing()
    {
        var (_, story) = await NewStoryAsync();
        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Một", slug = "mot" });
        await editing.UpsertOkAsync("STORY", story.Id, "vi", 1, new { title = "Hai" });

        var stale = await editing.UpsertAsync("STORY", story.Id, "vi", 1, new { title = "Ghi đè" });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Contains("2", stale.Errors[0].GetProperty("message").GetString());

        var missingRevision = await editing.UpsertAsync("STORY", story.Id, "vi", null, new { title = "Ghi đè" });
        Assert.Equal(["CONFLICT"], missingRevision.ErrorCodes);
        Assert.Equal("Hai", Fixtures.Editing.Field(await editing.VariantAsync("STORY", story.Id, "vi"), "title"));
    }

    [Fact]
    public async Task Validation_names_every_field_and_rule_and_saves_nothing()
    {
        var (brand, story) = await NewStoryAsync();
        var other = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 1, 1) };
        await using (var db = app.OpenDb())
        {
            db.Add(other);
            await db.SaveChangesAsync();
        }

        await editing.UpsertOkAsync("STORY", other.Id, "vi", null, new { title = "Khác", slug = "da-dung" });
        var taken = await editing.UpsertAsync("STORY", story.Id, "vi", null, new { title = "Trùng", slug = "da-dung" });
        Assert.Equal(["SLUG_TAKEN"], Problems(taken).Select(p => p.Rule));

        var response = await editing.UpsertAsync("STORY", story.Id, "vi", null, new { slug = "Không Hợp Lệ", seoTitle = new string('x', 71), colour = "red" });
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problems = Problems(response);
        Assert.Contains(("colour", "REFERENCE"), problems);
        Assert.Contains(("title", "REQUIRED"), problems);
        Assert.Contains(("slug", "SLUG_FORMAT"), problems);
        Assert.Contains(("seoTitle", "MAX_LENGTH"), problems);
        Assert.Contains("seoTitle", response.Errors[0].GetProperty("message").GetString());

        var variants = (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { locale } }", new { id = story.Id })).Ok();
        Assert.Equal(0, variants.GetProperty("variants").GetArrayLength());
    }

    [Fact]
    public async Task Validation_messages_follow_the_callers_language()
    {
        var (_, story) = await NewStoryAsync();
        var response = await app.GraphQL().QueryAsync(
            "mutation($id: ID!) { upsertVariant(kind: STORY, id: $id, locale: \"vi\", fields: [{ name: \"slug\", value: \"x\" }]) { revision } }",
            new { id = story.Id }, acceptLanguage: "vi");
        Assert.Equal("Dữ liệu nhập không hợp lệ: title là bắt buộc.", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unknown_locale_entity_and_malformed_tag_are_refused()
    {
        var (_, story) = await NewStoryAsync();
        Assert.Equal(["LOCALE_NOT_FOUND"], (await editing.UpsertAsync("STORY", story.Id, "de", null, new { title = "x", slug = "x" })).ErrorCodes);
        Assert.Equal(["INVALID_LOCALE"], (await editing.UpsertAsync("STORY", story.Id, "not a tag", null, new { title = "x", slug = "x" })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await editing.UpsertAsync("STORY", Guid.NewGuid(), "vi", null, new { title = "x", slug = "x" })).ErrorCodes);
    }

    [Fact]
    public async Task An_earlier_revision_is_restored_as_a_new_revision()
    {
        var (_, story) = await NewStoryAsync();
        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Bản đầu", slug = "ban-dau" });
        await editing.UpsertOkAsync("STORY", story.Id, "vi", 1, new { title = "Bản sau", slug = "ban-sau" });

        var restored = (await app.GraphQL().QueryAsync(
            $"mutation($id: ID!) {{ restoreRevision(kind: STORY, id: $id, locale: \"vi\", revision: 1, expectedRevision: 2) {{ {Fixtures.Editing.VariantFields} }} }}",
            new { id = story.Id })).Ok().GetProperty("restoreRevision");
        Assert.Equal(3, restored.GetProperty("revision").GetInt32());
        Assert.Equal("Bản đầu", Fixtures.Editing.Field(restored, "title"));
        Assert.Equal("ban-dau", Fixtures.Editing.Field(restored, "slug"));

        var missing = await app.GraphQL().QueryAsync(
            "mutation($id: ID!) { restoreRevision(kind: STORY, id: $id, locale: \"vi\", revision: 9, expectedRevision: 3) { revision } }", new { id = story.Id });
        Assert.Equal(["REVISION_NOT_FOUND"], missing.ErrorCodes);
    }

    [Fact]
    public async Task Two_writers_with_the_same_revision_one_wins_the_other_gets_a_conflict()
    {
        for (var round = 0; round < 5; round++)
        {
            var (_, story) = await NewStoryAsync();
            await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Gốc", slug = "goc" });
            var writers = await Task.WhenAll(
                new Fixtures.Editing(app.GraphQL()).UpsertAsync("STORY", story.Id, "vi", 1, new { title = "Người A" }),
                new Fixtures.Editing(app.GraphQL()).UpsertAsync("STORY", story.Id, "vi", 1, new { title = "Người B" }));

            Assert.Single(writers, w => w.Errors.Count == 0);
            Assert.Single(writers, w => w.ErrorCodes.SequenceEqual(["CONFLICT"]));
            var winner = writers.Single(w => w.Errors.Count == 0).Ok().GetProperty("upsertVariant");
            var stored = await editing.VariantAsync("STORY", story.Id, "vi");
            Assert.Equal(2, stored.GetProperty("revision").GetInt32());
            Assert.Equal(Fixtures.Editing.Field(winner, "title"), Fixtures.Editing.Field(stored, "title"));
        }
    }

    [Fact]
    public async Task Same_slug_created_concurrently_by_two_writers_saves_one_variant()
    {
        var (_, story) = await NewStoryAsync();
        var writers = await Task.WhenAll(
            new Fixtures.Editing(app.GraphQL()).UpsertAsync("STORY", story.Id, "en", null, new { title = "A", slug = "a" }),
            new Fixtures.Editing(app.GraphQL()).UpsertAsync("STORY", story.Id, "en", null, new { title = "B", slug = "b" }));
        Assert.Single(writers, w => w.Errors.Count == 0);
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.StoryVariants.CountAsync(v => v.StoryId == story.Id));
    }

    private static List<(string Field, string Rule)> Problems(GraphQLResponse response) =>
        response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!))
            .ToList();
}
