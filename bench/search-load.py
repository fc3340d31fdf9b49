#!/usr/bin/env python3
"""Search latency per query type (bench/search.sh): one keep-alive connection, one request at a time, so each figure
is the server's time plus a loopback round trip. Each type cycles through its texts; every answer is checked (no
errors; the rare texts must find something, the common ones a full page of 20, which the index's sampling of common
words must not thin out). Prints p50/p95/p99 in ms per type and the worst p99."""
import http.client, json, sys, time

host, port, token, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
warmup = int(sys.argv[5]) if len(sys.argv) > 5 else 0  # unmeasured rounds of every type first: a server in use has its pages in memory
QUERY = ("query($t: String!, $l: String!) { search(text: $t, brand: \"bench\", locale: $l, first: 20) "
         "{ edges { kind snippet score node { ... on Story { id title locale } } } pageInfo { hasNextPage endCursor } } }")
TYPES = [  # (type, locale, texts)
    ("vi-unaccented-common", "vi", ["cong chieng", "da quy", "le hoi mung lua moi", "nui lua chu dang ya"]),
    ("vi-unaccented-rare", "vi", ["mang cau xiem", "mang cau"]),
    ("en-stemmed-common", "en", ["festivals", "volcanoes", "waterfall", "sunflowers bloom"]),
    ("en-stemmed-rare", "en", ["kingfishers", "kingfisher"]),
    ("fr-accents-common", "fr", ["fete du riz", "hotel du cratere", "tournesols"]),
    ("cjk-substring-common", "ko", ["해바라기", "축제"]),
    ("cjk-substring-common-ja", "ja", ["ゴング", "ひまわり"]),
    ("cjk-substring-common-zh", "zh-Hans", ["向日葵", "锣鼓"]),
    ("cjk-substring-rare", "zh-Hans", ["翠鸟"]),
    ("no-match", "en", ["zyzzyva quokka"]),
]

conn = http.client.HTTPConnection(host, port)
headers = {"Content-Type": "application/json", "Accept": "application/json", "Authorization": f"Bearer {token}"}

def ask(text, locale):
    body = json.dumps({"query": QUERY, "variables": {"t": text, "l": locale}})
    started = time.perf_counter()
    conn.request("POST", "/graphql", body, headers)
    answer = conn.getresponse().read()
    elapsed = (time.perf_counter() - started) * 1000
    data = json.loads(answer)
    if "errors" in data:
        sys.exit(f"{text} ({locale}): {answer[:500]!r}")
    return elapsed, data["data"]["search"]["edges"]

def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

worst = 0.0
for i in range(warmup):
    for kind, locale, texts in TYPES:
        ask(texts[i % len(texts)], locale)
for kind, locale, texts in TYPES:
    for text in texts:  # warm-up, and the check that each text finds what it should
        _, edges = ask(text, locale)
        if (kind == "no-match") != (len(edges) == 0) or ("common" in kind and len(edges) < 20):
            sys.exit(f"{kind}: '{text}' found {len(edges)} hits")
    times = [ask(texts[i % len(texts)], locale)[0] for i in range(rounds)]
    p50, p95, p99 = pct(times, 50), pct(times, 95), pct(times, 99)
    worst = max(worst, p99)
    print(f"search type={kind:<24} locale={locale:<7} n={rounds} p50={p50:6.2f}ms p95={p95:6.2f}ms p99={p99:6.2f}ms max={max(times):6.2f}ms")
print(f"search worst_p99={worst:.2f}ms goal=<50ms {'MET' if worst < 50 else 'MISSED'}")
