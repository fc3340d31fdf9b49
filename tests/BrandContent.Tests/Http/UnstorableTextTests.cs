using System.Net;
using System.Text.Json;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Tests.Fixtures;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Http;

/// <summary>
/// Text PostgreSQL cannot store (NUL, half of a surrogate pair) never reaches it: a read names the argument
/// (INVALID_VALUE), a write names every field (VALIDATION_FAILED, INVALID_CHARACTER), on every write path.
/// </summary>
public sealed class UnstorableTextTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Nul = "\0";
    private static readonly Guid NoSuchId = Guid.Parse("00000000-0000-0000-0000-00000000abcd");

    private static string Message(GraphQLResponse response) => response.Errors[0].GetProperty("message").GetString()!;

    private static List<(string Field, string Rule)> Invalid(GraphQLResponse response) =>
        XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();

    [Fact]
    public async Task A_NUL_in_a_read_argument_is_INVALID_VALUE_naming_the_argument()
    {
        var response = await app.GraphQL().QueryAsync(
            "query($b: String!, $t: String) { stories(brand: $b, tag: $t) { totalCount } }", new { b = "gia-lai", t = "fest" + Nul + "ival" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
        Assert.Contains("'tag'", Message(response));

        var slug = await app.GraphQL().QueryAsync("query($s: String!) { brand(slug: $s) { slug } }", new { s = Nul }, acceptLanguage: "vi");
        Assert.Equal(["INVALID_VALUE"], slug.ErrorCodes);
        Assert.Contains("'slug'", Message(slug));
        Assert.Contains("ký tự", Message(slug));
    }

    [Fact]
    public async Task List_items_and_nested_fields_are_checked_too()
    {
        var list = await app.GraphQL().QueryAsync(
            "query($l: [String!]) { stories(brand: \"gia-lai\", locales: $l) { totalCount } }", new { l = new[] { "en", "v" + Nul } });
        Assert.Equal(["INVALID_VALUE"], list.ErrorCodes);
        Assert.Contains("'locales[1]'", Message(list));

        var nested = await app.GraphQL().QueryAsync("query($l: String) { market(code: \"KR\") { code name(locale: $l) } }", new { l = "k" + Nul });
        Assert.Equal(["INVALID_VALUE"], nested.ErrorCodes);
        Assert.Equal(["market", "name"], nested.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_lone_surrogate_written_as_a_GraphQL_escape_is_INVALID_VALUE()
    {
        var response = await app.GraphQL().QueryAsync("{ brand(slug: \"gia\\uD800lai\") { slug } }");
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
        Assert.Contains("'slug'", Message(response));
    }

    [Fact]
    public async Task Entity_inputs_name_every_field_with_a_NUL()
    {
        var brand = await app.GraphQL().QueryAsync("mutation($i: BrandInput!) { createBrand(input: $i) { id } }", new
        {
            i = new { slug = "nul" + Nul, level = "PROVINCE", sourceLocale = "vi", colors = new[] { new { name = "Đỏ" + Nul, hex = "#a63a2b", role = "PRIMARY" } } },
        });
        Assert.Equal([("input.slug", "INVALID_CHARACTER"), ("input.colors[0].name", "INVALID_CHARACTER")], Invalid(brand));

        var evt = await app.GraphQL().QueryAsync("mutation($i: EventInput!) { createEvent(brand: \"gia-lai\", input: $i) { id } }", new
        {
            i = new { startsOn = "2026-01-01", endsOn = "2026-01-02", place = "Pleiku" + Nul },
        });
        Assert.Equal([("input.place", "INVALID_CHARACTER")], Invalid(evt));
        Assert.Contains("input.place", XliffFiles.Problems(evt)[0].Message);
        var surrogate = await app.GraphQL().QueryAsync(
            "mutation { createEvent(brand: \"gia-lai\", input: { startsOn: \"2026-01-01\", endsOn: \"2026-01-02\", place: \"Pleiku \\uD83D\" }) { id } }");
        Assert.Equal([("input.place", "INVALID_CHARACTER")], Invalid(surrogate));

        var story = await app.GraphQL().QueryAsync("mutation { updateStory(id: \"" + NoSuchId + "\", input: { date: \"2026-01-01\", tags: [\"ok\", \"b\\u0000d\"] }) { id } }");
        Assert.Equal([("input.tags[1]", "INVALID_CHARACTER")], Invalid(story));
    }

    [Fact]
    public async Task Variant_fields_are_named_by_their_name_and_nothing_is_saved()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "nul", new DateOnly(2026, 1, 1), "vi");
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, story);
            await db.SaveChangesAsync();
        }

        var editing = new Fixtures.Editing(app.GraphQL());
        var response = await editing.UpsertAsync("STORY", story.Id, "en", null, new { title = "Sea" + Nul, summary = "fine", body = "x" + Nul });

        Assert.Equal([("fields.title", "INVALID_CHARACTER"), ("fields.body", "INVALID_CHARACTER")], Invalid(response));
        var variants = (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { locale } }", new { id = story.Id })).Ok();
        Assert.Equal(["vi"], variants.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("locale").GetString()));
    }

    [Fact]
    public async Task Glossary_terms_keys_markets_locales_and_workflow_comments_are_checked()
    {
        var term = await app.GraphQL().QueryAsync(
            "mutation($t: String!, $tr: [TermTranslationInput!]) { upsertGlossaryTerm(brand: \"gia-lai\", term: $t, translations: $tr) { term } }",
            new { t = "cồng" + Nul, tr = new[] { new { locale = "en", text = "gong" + Nul } } });
        Assert.Equal([("term", "INVALID_CHARACTER"), ("translations.en", "INVALID_CHARACTER")], Invalid(term));
        var glossary = (await app.GraphQL().QueryAsync("{ glossary(brand: \"gia-lai\") { term } }")).Ok().GetProperty("glossary");
        Assert.DoesNotContain(glossary.EnumerateArray(), t => t.GetProperty("term").GetString()!.StartsWith("cồng" + Nul, StringComparison.Ordinal));

        var key = await app.GraphQL().QueryAsync("mutation($i: ApiKeyInput!) { createApiKey(input: $i) { token } }",
            new { i = new { name = "bot" + Nul, role = "PUBLIC", brands = new[] { "gia-lai" + Nul } } });
        Assert.Equal([("input.name", "INVALID_CHARACTER"), ("input.brands[0]", "INVALID_CHARACTER")], Invalid(key));

        var locale = await app.GraphQL().QueryAsync("mutation($i: LocaleInput!) { createLocale(input: $i) { tag } }",
            new { i = new { tag = "de", name = "German" + Nul, nativeName = "Deutsch" } });
        Assert.Equal([("input.name", "INVALID_CHARACTER")], Invalid(locale));

        var market = await app.GraphQL().QueryAsync("mutation($i: MarketInput!) { createMarket(input: $i) { code } }",
            new { i = new { code = "DE", names = new[] { new { locale = "en", text = "Germany" + Nul } }, localeChain = new[] { "en" } } });
        Assert.Equal([("input.names.en", "INVALID_CHARACTER")], Invalid(market));

        var comment = await new Fixtures.Editing(app.GraphQL()).StepAsync("requestChanges", "STORY", NoSuchId, "vi", 1, ", comment: $comment", new { comment = "x" + Nul });
        Assert.Equal([("comment", "INVALID_CHARACTER")], Invalid(comment));

        var persisted = await app.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = "{ markets { code } } # " + Nul });
        Assert.Equal([("query", "INVALID_CHARACTER")], Invalid(persisted));
    }

    [Fact]
    public async Task XLIFF_content_with_a_NUL_is_refused_and_a_NUL_character_reference_is_not_well_formed_XML()
    {
        var xliff = new XliffFiles(app);
        var content = await xliff.TranslatableBrandAsync();
        var file = await xliff.ContentAsync("ja", content.Brand.Slug);

        var raw = await xliff.ImportAsync(file.Replace("</source>", "</source><target>ゴング" + Nul + "</target>", StringComparison.Ordinal));
        Assert.Equal([("content", "INVALID_CHARACTER")], Invalid(raw));

        var reference = await xliff.ImportAsync(file.Replace("</source>", "</source><target>ゴング&#0;</target>", StringComparison.Ordinal));
        Assert.Equal("XML_MALFORMED", Assert.Single(Invalid(reference)).Rule);
    }

    [Fact]
    public async Task A_persisted_query_text_with_a_NUL_is_refused_before_it_is_stored()
    {
        var query = "{ markets { code } } # " + Nul;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var body = JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

        var response = await app.GraphQL().PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
        Assert.Contains("'query'", Message(response));
    }

    [Fact]
    public void Every_input_object_field_is_one_the_check_can_read()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var inputs = schema.AllTypes.OfType<IInputObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inputs);
        foreach (var input in inputs)
        {
            var clrType = ClrTypeOf(input.GetType());
            if (clrType == typeof(KeyValuePair<string, string>))
            {
                Assert.Equal(2, input.Fields.Count);
                continue;
            }

            Assert.All(input.Fields, f => Assert.True(UnstorableArguments.PropertyOf(clrType, f.Name) is not null, $"{input.Name}.{f.Name} has no property on {clrType.Name}"));
        }
    }

    private static Type ClrTypeOf(Type graphType) =>
        graphType.IsGenericType && graphType.GetGenericTypeDefinition() == typeof(InputObjectGraphType<>)
            ? graphType.GetGenericArguments()[0]
            : ClrTypeOf(graphType.BaseType!);
}
