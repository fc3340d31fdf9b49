using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace BrandContent.Search;

/// <summary>
/// The one SQL statement of a search, after <see cref="Settings"/> (its transaction's settings and the text's word
/// queries). Per kind, and per distinct query of the words (through each text search configuration): the live
/// variants whose vector matches (the partial GIN index of AddSearch), visible (the same rule as
/// <c>DeliveryWindow</c>), in the chain's locales, of the brand's deliverable entities, and served: no earlier locale
/// of the chain has a visible variant of the same entity. At most <see cref="SearchOptions.CandidatesPerKind"/>
/// matches per kind and query are ranked (LIMIT before ranking, so a common word costs no more than a rare one); the
/// page is cut by score, kind and id, and only its rows get a headline, from the texts each candidate carries.
/// </summary>
public static class SearchStatement
{
    /// <summary>Marks ts_headline puts around a match: private-use characters, taken out of the texts beforehand.</summary>
    public const char MarkStart = '\uE000';
    public const char MarkStop = '\uE001';

    /// <summary>Live and inside its publishing window; the locale is compared where this is used.</summary>
    private const string Visible = """
        {0}."IsLive" AND {0}."Status" = 'Published'
        AND ({0}."PublishAt" IS NULL OR {0}."PublishAt" <= @now) AND ({0}."UnpublishAt" IS NULL OR {0}."UnpublishAt" > @now)
        """;

    private static readonly string[] Configurations = ["bc_search_simple", "bc_search_english", "bc_search_french"];

    /// <summary>Past this many entries, a text's sample grows no more (the limit is a 32-bit setting, and 200 characters make many words).</summary>
    private const int MaxSampledEntries = 16;

    /// <summary>Texts up to this long (escaped) are the snippet whole.</summary>
    private const int WholeTextLength = 240;

    private static readonly string HeadlineOptions =
        $"StartSel={MarkStart}, StopSel={MarkStop}, MaxWords=30, MinWords=12, ShortWord=1";

    /// <summary>
    /// The settings of the search's own transaction. A word in most of 100,000 stories would have GIN build a bitmap of
    /// all of them before the LIMIT takes its candidates: past <see cref="SearchOptions.IndexSampleSize"/> per entry of
    /// the query, the index hands over a random sample (PostgreSQL's gin_fuzzy_search_limit). The limit is multiplied by
    /// the number of entries (words, CJK pairs) because GIN samples each entry on its own and splits the limit among
    /// them: a match of all k common words would otherwise survive with a chance of about (k·limit/rows)^k — a handful
    /// of hits for five common words. Parallel workers cost more to start than a capped search takes, and so does JIT
    /// compilation: the planner's estimate for a common word (every match, before the LIMIT) passes jit_above_cost,
    /// and compiling took 300-450 ms for a statement that runs in 10.
    /// </summary>
    public static (string Sql, NpgsqlParameter[] Parameters) Settings(SearchOptions options, SearchRequest request)
    {
        var limit = (long)options.IndexSampleSize * Math.Clamp(Entries(request.Text), 1, MaxSampledEntries);
        // The words through every configuration, whatever the chain: a Vietnamese story's "Festival" is found by an
        // English reader's "festivals" (through the French stemmer, as it happens), and mixed-language text is common.
        // Each distinct query also gets the one its index scan uses: its rarest @scanned lexemes by the statistics of
        // the stories' vectors (a lexeme missing from the most common ones is rarer than all of them), or the query
        // itself when it has no more lexemes than that. Only plain lexemes (letters and digits) are picked, so the scan
        // query is made of the query's own lexemes, and every row the query matches, the scan query matches too.
        var sql = $"""
            WITH frequent AS (
                SELECT e.lexeme, e.freq FROM pg_stats s,
                    unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, freq)
                WHERE s.schemaname = current_schema() AND s.tablename = 'StoryVariants' AND s.attname = 'SearchVector'
                    AND e.lexeme IS NOT NULL),
            queries AS (
                SELECT DISTINCT q::text AS query, rare.scan
                FROM unnest(ARRAY[{string.Join(", ", Configurations.Select(c => $"'{c}'::regconfig"))}]) config
                CROSS JOIN LATERAL plainto_tsquery(config, @words) q
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN count(*) = @scanned AND length(to_tsvector(config, @words)) > @scanned
                        THEN plainto_tsquery('pg_catalog.simple', string_agg(picked.lexeme, ' '))::text END AS scan
                    FROM (SELECT t.lexeme FROM unnest(tsvector_to_array(to_tsvector(config, @words))) t(lexeme)
                        LEFT JOIN frequent f ON f.lexeme = t.lexeme
                        WHERE t.lexeme ~ '^[[:alnum:]]+$'
                        ORDER BY coalesce(f.freq, 0), t.lexeme LIMIT @scanned) picked) rare
                WHERE numnode(q) > 0)
            SELECT set_config('gin_fuzzy_search_limit', '{limit.ToString(CultureInfo.InvariantCulture)}', true),
                set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),
                ARRAY(SELECT query FROM queries ORDER BY query), ARRAY(SELECT coalesce(scan, query) FROM queries ORDER BY query)
            """;
        return (sql, [
            new("words", NpgsqlDbType.Text) { Value = request.Text.Words },
            new("scanned", NpgsqlDbType.Integer) { Value = options.IndexScanWords },
        ]);
    }

    /// <summary>
    /// Runs <see cref="Settings"/> in the caller's transaction on <paramref name="connection"/>, and gives the statement
    /// of the search with the text's distinct word queries.
    /// </summary>
    public static async Task<(string Sql, NpgsqlParameter[] Parameters)> PrepareAsync(
        NpgsqlConnection connection, SearchRequest request, SearchOptions options, CancellationToken cancellationToken)
    {
        var (sql, parameters) = Settings(options, request);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var queries = reader.GetFieldValue<string[]>(3);
        var scans = reader.GetFieldValue<string[]>(4);
        return For(request, options, queries.Zip(scans, (query, scan) => new WordQuery(query, scan)).ToList());
    }

    /// <summary>The index entries a text asks for, at most: its words, and the character pairs of its CJK runs.</summary>
    private static int Entries(SearchText text) =>
        Regex.Count(text.Words, @"[\p{L}\p{M}\p{N}]+") + text.CjkRuns.Sum(run => run.Length - 1);

    /// <summary>
    /// The statement, given the text's word queries: <c>plainto_tsquery</c> of its words in each configuration,
    /// distinct, none empty, each with the query of its index scan.
    /// </summary>
    public static (string Sql, NpgsqlParameter[] Parameters) For(SearchRequest request, SearchOptions options, IReadOnlyList<WordQuery> wordQueries)
    {
        // A page of more hits than that still gets a full page from one kind.
        var candidatesPerKind = Math.Max(options.CandidatesPerKind, request.First + 1);
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

        if (request.ReachedAudiences is { Count: > 0 } audiences)
        {
            parameters.Add(new("agreementAudiences", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = audiences.ToArray() });
        }

        var keyset = "";
        if (request.After is { } after)
        {
            parameters.Add(new("afterScore", NpgsqlDbType.Real) { Value = after.Score });
            parameters.Add(new("afterKind", NpgsqlDbType.Text) { Value = after.Kind.ToString() });
            parameters.Add(new("afterId", NpgsqlDbType.Uuid) { Value = after.Id });
            keyset = """WHERE h.score < @afterScore OR (h.score = @afterScore AND (h.kind, h.owner) > (@afterKind, @afterId))""";
        }

        var queries = Queries(request.Text, wordQueries);
        if (kinds.Count == 0 || queries.Count == 0)
        {
            return ("""SELECT NULL::text AS "Kind", NULL::uuid AS "Id", NULL::text AS "Locale", NULL::real AS "Score", NULL::text AS "Headline" WHERE false""", [.. parameters]);
        }

        for (var i = 0; i < wordQueries.Count; i++)
        {
            parameters.Add(new($"query{i}", NpgsqlDbType.Text) { Value = wordQueries[i].Query });
            parameters.Add(new($"scan{i}", NpgsqlDbType.Text) { Value = wordQueries[i].Scan });
        }

        var sql = new StringBuilder();
        sql.AppendLine("WITH hits AS (");
        sql.AppendLine(string.Join("\nUNION ALL\n", kinds.SelectMany(k => queries.Select(query => Hits(k, request, query)))));
        sql.AppendLine("),");
        // A variant found by more than one query counts once, with its best score.
        sql.AppendLine("best AS (SELECT DISTINCT ON (kind, owner) * FROM hits ORDER BY kind, owner, score DESC),");
        sql.AppendLine($"page AS (SELECT * FROM best h {keyset} ORDER BY h.score DESC, h.kind, h.owner LIMIT @take)");
        // Without words (a CJK-only search) there is nothing for ts_headline to find: the snippet is cut around the CJK match.
        // A short text is given whole (fragments start at a word, and would drop escaped markup before it).
        var headline = request.Text.Words.Length == 0
            ? "''"
            : "ts_headline(bc_search_config(page.locale), doc.html, plainto_tsquery(bc_search_config(page.locale), @words), "
                + $"CASE WHEN char_length(doc.html) <= {WholeTextLength} THEN @whole ELSE @options END)";
        sql.AppendLine($"""
            SELECT page.kind AS "Kind", page.owner AS "Id", page.locale AS "Locale", page.score AS "Score", {headline} AS "Headline"
            FROM page CROSS JOIN LATERAL (SELECT {Escaped("page.text")} AS html) doc
            ORDER BY page.score DESC, page.kind, page.owner
            """);
        return (sql.ToString(), [.. parameters]);
    }

    /// <summary>
    /// One query per distinct word query (a row's vector holds its own language's lexemes, and a text is looked for
    /// through every configuration), each with the CJK phrases; a CJK-only text is the phrases alone. Each is its own index scan, so
    /// <c>gin_fuzzy_search_limit</c> samples a common word's entries even when another configuration makes a rare entry
    /// of the same text (it samples only when every entry of a scan is common).
    /// </summary>
    private static List<QueryParts> Queries(SearchText text, IReadOnlyList<WordQuery> wordQueries)
    {
        if (text.Words.Length == 0)
        {
            return text.CjkRuns.Count > 0 ? [new("(@cjk::tsquery)", "(@cjk::tsquery)")] : [];
        }

        var cjk = text.CjkRuns.Count > 0 ? " && @cjk::tsquery" : "";
        return wordQueries.Select((word, i) => new QueryParts(
            $"(@query{i}::tsquery{cjk})", word.Scan == word.Query ? $"(@query{i}::tsquery{cjk})" : $"(@scan{i}::tsquery{cjk})")).ToList();
    }

    /// <summary>
    /// A query of the statement as SQL: the whole query (ranked, and checked on every candidate) and the one the index
    /// scans (the same, or its rarest words).
    /// </summary>
    private sealed record QueryParts(string Query, string Scan);

    private static string Hits(SearchableKind kind, SearchRequest request, QueryParts query)
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

        if (request.ReachedAudiences is { Count: > 0 } && kind.AudienceFilter is { } audience)
        {
            filters.Add(audience);
        }

        var owner = $"\"{kind.OwnerColumn}\"";
        // Served: a variant in the chain's first locale always is (no subquery runs for it); another one when no
        // locale before its own has a visible variant, looked up by owner and exactly those locales.
        var served = request.Chain.Locales.Count == 1
            ? ""
            : $"""
                AND (v."Locale" = @locales[1] OR NOT EXISTS (SELECT 1 FROM "{kind.VariantTable}" w WHERE w.{owner} = v.{owner}
                    AND w."Locale" = ANY(@locales[1:array_position(@locales, v."Locale"::text) - 1]) AND {string.Format(Visible, "w")}))
                """;
        // The whole query is checked as a function call, which the index cannot take: as an operator, the planner would
        // hand its words to the same GIN scan, which is what the scan query avoids.
        var check = query.Scan == query.Query ? "" : $"""AND ts_match_vq(v."SearchVector", {query.Query})""";
        // The locale is compared as an expression on purpose: ANDing the search index with the locale index costs a
        // bitmap of every variant in the locale (200,000 rows at 100,000 stories); the search index alone is the cheap way in.
        return $"""
            (SELECT '{kind.Kind}'::text AS kind, v.{owner} AS owner, v."Locale"::text AS locale,
                ts_rank(v."SearchVector", {query.Query}, 1) AS score, {kind.Text("v")} AS text
            FROM "{kind.VariantTable}" v JOIN "{kind.EntityTable}" e ON e."Id" = v.{owner}
            WHERE v."SearchVector" @@ {query.Scan} {check} AND {string.Format(Visible, "v")} AND (v."Locale" || '') = ANY(@locales)
                AND {string.Join(" AND ", filters)} {served}
            LIMIT @candidates)
            """;
    }

    /// <summary>The texts with the marks taken out and HTML's special characters escaped before ts_headline (which drops tags).</summary>
    private static string Escaped(string texts) =>
        $"replace(replace(replace(replace(replace(translate(coalesce({texts}), U&'\\E000\\E001', ''), "
        + "'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;'), '''', '&#39;')";
}

/// <summary>
/// The words as one configuration asks for them (<c>plainto_tsquery</c>'s text), and the query of its index scan
/// (itself, or its rarest words: <see cref="SearchOptions.IndexScanWords"/>).
/// </summary>
public sealed record WordQuery(string Query, string Scan);
