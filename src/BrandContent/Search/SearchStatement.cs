using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace BrandContent.Search;

/// <summary>
/// The one SQL statement of a search. Per kind: the live variants whose vector matches (the partial GIN index of
/// AddSearch), visible (the same rule as <c>DeliveryWindow</c>), in the chain's locales, of the brand's deliverable
/// entities, and served: no earlier locale of the chain has a visible variant of the same entity. At most
/// <see cref="SearchOptions.CandidatesPerKind"/> matches per kind are ranked (LIMIT before ranking, so a common word
/// costs no more than a rare one); the page is cut by score, kind and id, and only its rows get a headline.
/// </summary>
public static class SearchStatement
{
    /// <summary>Marks ts_headline puts around a match: private-use characters, taken out of the texts beforehand.</summary>
    public const char MarkStart = '\uE000';
    public const char MarkStop = '\uE001';

    // The locale is compared as an expression on purpose: ANDing the search index with the locale index costs a
    // bitmap of every variant in the locale (200,000 rows at 100,000 stories); the search index alone is the cheap way in.
    private const string Visible = """
        {0}."IsLive" AND {0}."Status" = 'Published'
        AND ({0}."PublishAt" IS NULL OR {0}."PublishAt" <= @now) AND ({0}."UnpublishAt" IS NULL OR {0}."UnpublishAt" > @now)
        AND ({0}."Locale" || '') = ANY(@locales)
        """;

    /// <summary>Texts up to this long (escaped) are the snippet whole.</summary>
    private const int WholeTextLength = 240;

    private static readonly string HeadlineOptions =
        $"StartSel={MarkStart}, StopSel={MarkStop}, MaxWords=30, MinWords=12, ShortWord=1";

    public static (string Sql, NpgsqlParameter[] Parameters) For(SearchRequest request, int candidatesPerKind)
    {
        var kinds = SearchableKinds.All
            .Where(k => request.Kinds.Contains(k.Kind))
            .Where(k => request.PillarId is null || k.PillarFilter is not null)
            .ToList();
        var parameters = new List<NpgsqlParameter>
        {
            new("words", NpgsqlDbType.Text) { Value = request.Text.Words },
            new("cjk", NpgsqlDbType.Text) { Value = request.Text.CjkQuery },
            new("brand", NpgsqlDbType.Uuid) { Value = request.BrandId },
            new("locales", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = request.Chain.Locales.ToArray() },
            new("now", NpgsqlDbType.TimestampTz) { Value = request.Now.ToUniversalTime() },
            new("today", NpgsqlDbType.Date) { Value = DateOnly.FromDateTime(request.Now.UtcDateTime) },
            new("candidates", NpgsqlDbType.Integer) { Value = candidatesPerKind },
            new("take", NpgsqlDbType.Integer) { Value = request.First + 1 },
            new("options", NpgsqlDbType.Text) { Value = HeadlineOptions },
            new("whole", NpgsqlDbType.Text) { Value = $"StartSel={MarkStart}, StopSel={MarkStop}, HighlightAll=true" },
        };
        if (request.PillarId is { } pillar)
        {
            parameters.Add(new("pillar", NpgsqlDbType.Uuid) { Value = pillar });
        }

        if (request.Markets.Count > 0)
        {
            parameters.Add(new("markets", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = request.Markets.ToArray() });
        }

        var keyset = "";
        if (request.After is { } after)
        {
            parameters.Add(new("afterScore", NpgsqlDbType.Real) { Value = after.Score });
            parameters.Add(new("afterKind", NpgsqlDbType.Text) { Value = after.Kind.ToString() });
            parameters.Add(new("afterId", NpgsqlDbType.Uuid) { Value = after.Id });
            keyset = """WHERE h.score < @afterScore OR (h.score = @afterScore AND (h.kind, h.owner) > (@afterKind, @afterId))""";
        }

        if (kinds.Count == 0)
        {
            return ("""SELECT NULL::text AS "Kind", NULL::uuid AS "Id", NULL::text AS "Locale", NULL::real AS "Score", NULL::text AS "Headline" WHERE false""", [.. parameters]);
        }

        var sql = new StringBuilder();
        sql.AppendLine("WITH hits AS (");
        sql.AppendLine(string.Join("\nUNION ALL\n", kinds.Select(k => Hits(k, request))));
        sql.AppendLine("),");
        sql.AppendLine($"page AS (SELECT * FROM hits h {keyset} ORDER BY h.score DESC, h.kind, h.owner LIMIT @take)");
        // Without words (a CJK-only search) there is nothing for ts_headline to find: the snippet is cut around the CJK match.
        // A short text is given whole (fragments start at a word, and would drop escaped markup before it).
        var headline = request.Text.Words.Length == 0
            ? "''"
            : "ts_headline(bc_search_config(page.locale), doc.html, plainto_tsquery(bc_search_config(page.locale), @words), "
                + $"CASE WHEN char_length(doc.html) <= {WholeTextLength} THEN @whole ELSE @options END)";
        sql.AppendLine($"""
            SELECT page.kind AS "Kind", page.owner AS "Id", page.locale AS "Locale", page.score AS "Score", {headline} AS "Headline"
            FROM page
            """);
        for (var i = 0; i < kinds.Count; i++)
        {
            sql.AppendLine($"""
                LEFT JOIN LATERAL (SELECT {kinds[i].Text("x")} AS text FROM "{kinds[i].VariantTable}" x
                    WHERE page.kind = '{kinds[i].Kind}' AND x."Id" = page.variant) t{i} ON true
                """);
        }

        sql.AppendLine($"CROSS JOIN LATERAL (SELECT {Escaped(string.Join(", ", kinds.Select((k, i) => $"t{i}.text")))} AS html) doc");
        sql.AppendLine("""ORDER BY page.score DESC, page.kind, page.owner""");
        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>The words through every configuration (a row's vector holds only its own language's lexemes), and the CJK phrases.</summary>
    private static string Query(SearchText text)
    {
        var words = "(plainto_tsquery('bc_search_simple', @words) || plainto_tsquery('bc_search_english', @words) || plainto_tsquery('bc_search_french', @words))";
        return (text.Words.Length > 0, text.CjkRuns.Count > 0) switch
        {
            (true, true) => $"({words} && @cjk::tsquery)",
            (false, true) => "(@cjk::tsquery)",
            _ => words,
        };
    }

    private static string Hits(SearchableKind kind, SearchRequest request)
    {
        var filters = new List<string> { """e."BrandId" = @brand""", """e."ArchivedAt" IS NULL""" };
        if (kind.Deliverable is { } deliverable)
        {
            filters.Add(deliverable);
        }

        if (request.PillarId is not null)
        {
            filters.Add(kind.PillarFilter!);
        }

        if (request.Markets.Count > 0 && kind.MarketFilter is { } market)
        {
            filters.Add(market);
        }

        var owner = $"\"{kind.OwnerColumn}\"";
        // Written out, not read from a CTE: a constant the planner folds and estimates from the index's statistics.
        var query = Query(request.Text);
        return $"""
            (SELECT '{kind.Kind}'::text AS kind, v.{owner} AS owner, v."Id" AS variant, v."Locale" AS locale,
                ts_rank(v."SearchVector", {query}, 1) AS score
            FROM "{kind.VariantTable}" v JOIN "{kind.EntityTable}" e ON e."Id" = v.{owner}
            WHERE v."SearchVector" @@ {query} AND {string.Format(Visible, "v")}
                AND {string.Join(" AND ", filters)}
                AND NOT EXISTS (SELECT 1 FROM "{kind.VariantTable}" w WHERE w.{owner} = v.{owner} AND {string.Format(Visible, "w")}
                    AND array_position(@locales, w."Locale") < array_position(@locales, v."Locale"))
            LIMIT @candidates)
            """;
    }

    /// <summary>The texts with the marks taken out and HTML's special characters escaped before ts_headline (which drops tags).</summary>
    private static string Escaped(string texts) =>
        $"replace(replace(replace(replace(replace(translate(coalesce({texts}), U&'\\E000\\E001', ''), "
        + "'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;'), '''', '&#39;')";
}
