using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BrandContent.Storage.Migrations
{
    /// <summary>
    /// Full-text search (docs/architecture.md, "Search"): text search configurations that fold accents (Vietnamese,
    /// French) and stem (English, French), a bigram vector for Chinese, Japanese and Korean (no word splitting exists
    /// for them), a generated vector per variant table filled on live rows only, and a GIN index over live rows.
    /// </summary>
    public partial class AddSearch : Migration
    {
        // Han (with extension A and compatibility ideographs), hiragana, katakana (and half-width), hangul syllables and jamo.
        private const string CjkClass = @"[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F]";

        private static readonly (string Table, string[] Title, string[] Others)[] Tables =
        [
            ("StoryVariants", ["Title"], ["Summary", "Body"]),
            ("EventVariants", ["Name"], ["Description"]),
            ("KeyMessageVariants", ["Headline"], ["Body"]),
            ("PillarVariants", ["Name"], ["Description"]),
            ("AssetVariants", ["Title"], ["Caption", "AltText"]),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");

            // The default parser, in a database without a locale (--no-locale), takes every non-ASCII character for a
            // letter, so Vietnamese words stay whole; unaccent runs before the next dictionary (đ → d is in its rules).
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION bc_search_simple (COPY = simple);
                ALTER TEXT SEARCH CONFIGURATION bc_search_simple
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
                CREATE TEXT SEARCH CONFIGURATION bc_search_english (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION bc_search_english
                    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;
                CREATE TEXT SEARCH CONFIGURATION bc_search_french (COPY = french);
                ALTER TEXT SEARCH CONFIGURATION bc_search_french
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, french_stem;
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION bc_search_config(locale text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT CASE split_part(lower(locale), '-', 1)
                        WHEN 'en' THEN 'bc_search_english'::regconfig
                        WHEN 'fr' THEN 'bc_search_french'::regconfig
                        ELSE 'bc_search_simple'::regconfig
                    END
                $$;
                """);

            // Every pair of adjacent CJK characters, at its position, so a query's bigrams joined by <-> match exactly
            // its substring (positions are capped at 16383 by tsvector itself).
            migrationBuilder.Sql($"""
                CREATE FUNCTION bc_search_bigrams(input text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                    SELECT CASE WHEN input !~ '{CjkClass}' THEN ''::tsvector ELSE (
                        SELECT coalesce(string_agg(c || nxt || ':' || least(n, 16383), ' ')::tsvector, ''::tsvector)
                        FROM (
                            SELECT c, lead(c) OVER (ORDER BY n) AS nxt, n
                            FROM string_to_table(input, NULL) WITH ORDINALITY AS t(c, n)
                        ) pairs
                        WHERE c ~ '{CjkClass}' AND nxt ~ '{CjkClass}')
                    END
                $$;
                """);

            foreach (var (table, title, others) in Tables)
            {
                var titleText = Joined(title);
                var othersText = Joined(others);
                migrationBuilder.Sql($"""
                    ALTER TABLE "{table}" ADD "SearchVector" tsvector GENERATED ALWAYS AS (CASE WHEN "IsLive" THEN
                        setweight(to_tsvector(bc_search_config("Locale"), {titleText}), 'A')
                        || setweight(to_tsvector(bc_search_config("Locale"), {othersText}), 'B')
                        || bc_search_bigrams({titleText} || ' ' || {othersText})
                    END) STORED;
                    CREATE INDEX "IX_{table}_SearchVector" ON "{table}" USING gin ("SearchVector") WHERE "IsLive";
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _, _) in Tables)
            {
                migrationBuilder.Sql($"""ALTER TABLE "{table}" DROP COLUMN "SearchVector";""");
            }

            migrationBuilder.Sql("""
                DROP FUNCTION bc_search_bigrams(text);
                DROP FUNCTION bc_search_config(text);
                DROP TEXT SEARCH CONFIGURATION bc_search_french;
                DROP TEXT SEARCH CONFIGURATION bc_search_english;
                DROP TEXT SEARCH CONFIGURATION bc_search_simple;
                """);
        }

        private static string Joined(string[] columns) =>
            string.Join(" || ' ' || ", columns.Select(c => $"coalesce(\"{c}\", '')"));
    }
}
