using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using BrandContent.Brands;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Kits;

/// <summary>
/// tokens.json checked against the Design Tokens Format Module's rules (names, <c>$type</c>, the shape of each type's
/// <c>$value</c>), tokens.css parsed by AngleSharp.Css, and both fed hostile identity text.
/// </summary>
public sealed partial class DesignTokenTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Hostile = "Evil\"; } body { color: red } </style><script>alert(1)</script> \\ {x.y}";
    private readonly KitScene scene = new(app);

    [Fact]
    public async Task Tokens_json_is_served_as_design_tokens_and_every_token_is_valid()
    {
        var (brand, _) = await scene.BrandAsync();
        var response = await scene.GetAsync($"/kits/{brand.Slug}/tokens.json", BrandContentApp.AdminToken);

        Assert.Equal("application/design-tokens+json", response.Content.Headers.ContentType?.MediaType);
        using var tokens = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var leaves = AssertValid(tokens.RootElement);
        Assert.Equal(["color.primary", "color.secondary", "font.body", "font.heading"], leaves.Keys.Order(StringComparer.Ordinal));
        var primary = leaves["color.primary"];
        Assert.Equal("#da251d", primary.GetProperty("$value").GetProperty("hex").GetString());
        Assert.Equal("Đỏ cờ (PRIMARY)", primary.GetProperty("$description").GetString());
        Assert.Equal(["Be Vietnam Pro", "sans-serif"], leaves["font.heading"].GetProperty("$value").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal("Noto Sans", leaves["font.body"].GetProperty("$value").GetString());

        // The zip's tokens.json is the same file.
        var (files, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);
        Assert.Equal(await response.Content.ReadAsStringAsync(), files["tokens.json"]);
    }

    [Fact]
    public async Task Tokens_css_parses_as_one_root_rule_declaring_every_token()
    {
        var (brand, _) = await scene.BrandAsync();
        var (files, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);

        var declarations = RootDeclarations(files["tokens.css"]);

        Assert.Equal("#da251d", declarations["--color-primary"]);
        Assert.Equal("#ffcd00", declarations["--color-secondary"]);
        Assert.Equal("\"Be Vietnam Pro\", sans-serif", declarations["--font-heading"]);
        Assert.Equal("\"Noto Sans\"", declarations["--font-body"]);
    }

    [Fact]
    public async Task Hostile_identity_text_stays_inside_its_token_in_css_and_json()
    {
        var brand = TestContent.Brand();
        brand.Colors = [new BrandColor { Name = "</style><b>x</b>", Hex = "#010203", Role = "$evil.{role}" }, new BrandColor { Name = "again", Hex = "#040506", Role = "$evil.{role}" }];
        brand.Typography = [new BrandFont { Role = "}{", Family = Hostile, Fallback = "sans-serif, \"Quoted\"; }" }];
        await using (var db = app.OpenDb())
        {
            db.Brands.Add(brand);
            await db.SaveChangesAsync();
        }

        var (files, _) = await scene.KitAsync(brand.Slug, BrandContentApp.AdminToken);

        var css = files["tokens.css"];
        Assert.DoesNotContain("</style", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", css, StringComparison.OrdinalIgnoreCase);
        var declarations = RootDeclarations(css);
        Assert.Equal(["--color-evil-role", "--color-evil-role-2", "--font-font-1"], declarations.Keys.Order(StringComparer.Ordinal));
        using var tokens = JsonDocument.Parse(files["tokens.json"]);
        var leaves = AssertValid(tokens.RootElement);
        Assert.Equal(
            [Hostile, "sans-serif", "\"Quoted\"; }"],
            leaves["font.font-1"].GetProperty("$value").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal("</style><b>x</b> ($evil.{role})", leaves["color.evil-role"].GetProperty("$description").GetString());
    }

    [Fact]
    public async Task Control_characters_in_identity_text_are_refused_at_input()
    {
        var (brand, _) = await scene.BrandAsync();

        var response = await app.GraphQL().QueryAsync(
            "mutation($id: ID!, $i: BrandInput!) { updateBrand(id: $id, input: $i) { id } }",
            new
            {
                id = brand.Id,
                i = new
                {
                    slug = brand.Slug,
                    level = "PROVINCE",
                    sourceLocale = "vi",
                    colors = new[] { new { name = "Red\u0007", hex = "#AA0000;}", role = "PRIMARY" } },
                    typography = new[] { new { role = "BODY", family = "Noto\nSans", fallback = "serif\u001b" } },
                },
            });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problems = response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!))
            .ToList();
        Assert.Contains(("colors[0].name", "SINGLE_LINE"), problems);
        Assert.Contains(("colors[0].hex", "HEX_COLOR"), problems);
        Assert.Contains(("typography[0].family", "SINGLE_LINE"), problems);
        Assert.Contains(("typography[0].fallback", "SINGLE_LINE"), problems);
    }

    /// <summary>
    /// The format's rules for the two types a kit writes: a group's keys and a token's name never start with '$' nor hold
    /// '{', '}' or '.'; every token has a legal <c>$type</c> and a <c>$value</c> of its shape. Returns the tokens by path.
    /// </summary>
    private static Dictionary<string, JsonElement> AssertValid(JsonElement group, string path = "")
    {
        var leaves = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Assert.Equal(JsonValueKind.Object, group.ValueKind);
        foreach (var member in group.EnumerateObject().Where(m => !m.Name.StartsWith('$')))
        {
            Assert.Matches(TokenName(), member.Name);
            var at = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            if (!member.Value.TryGetProperty("$value", out var value))
            {
                foreach (var (name, leaf) in AssertValid(member.Value, at))
                {
                    leaves.Add(name, leaf);
                }

                continue;
            }

            var type = member.Value.GetProperty("$type").GetString();
            switch (type)
            {
                case "color":
                    Assert.Equal("srgb", value.GetProperty("colorSpace").GetString());
                    var components = value.GetProperty("components").EnumerateArray().Select(c => c.GetDouble()).ToList();
                    Assert.Equal(3, components.Count);
                    Assert.All(components, c => Assert.InRange(c, 0, 1));
                    Assert.Matches("^#[0-9a-f]{6}$", value.GetProperty("hex").GetString());
                    break;
                case "fontFamily":
                    Assert.True(
                        value.ValueKind == JsonValueKind.String
                        || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)),
                        $"{at}: a fontFamily value is a string or an array of strings");
                    break;
                default:
                    Assert.Fail($"{at}: unexpected $type '{type}'");
                    break;
            }

            if (member.Value.TryGetProperty("$description", out var description))
            {
                Assert.Equal(JsonValueKind.String, description.ValueKind);
            }

            leaves.Add(at, member.Value);
        }

        return leaves;
    }

    /// <summary>tokens.css parsed by AngleSharp.Css: exactly one rule, <c>:root</c>, and its custom properties by name.</summary>
    private static Dictionary<string, string> RootDeclarations(string css)
    {
        var sheet = new CssParser().ParseStyleSheet(css);
        var rule = Assert.IsAssignableFrom<ICssStyleRule>(Assert.Single(sheet.Rules));
        Assert.Equal(":root", rule.SelectorText);
        return rule.Style.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^[^${}.][^{}.]*$")]
    private static partial Regex TokenName();
}
