#!/bin/bash
# Delivery-speed benchmark: BrandContent (Release, throw-away embedded PostgreSQL seeded with the peers' content
# shape) under wrk on Q1, Q2 and Q3, first with its response cache off, then on; with BENCH_PEER=1 also the ceiling
# (nginx serving BrandContent's own Q1/Q2 answers as files), Strapi 5, Directus 11 without and with its cache
# (../shared/peers), one after the other, and the ratios the goals are stated in. BENCH_STORIES=N seeds N stories
# (default 300) x 6 locales. Same wrk settings as the peers: 2 threads, 16 connections, 5 s warm-up then 20 s counted.
# See bench/README.md.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
peers=${PEERS_DIR:-$(cd "$repo/../shared/peers" 2>/dev/null && pwd || echo /work/shared/peers)}
port=${BENCH_PORT:-5090}
stories=${BENCH_STORIES:-300}
url=http://127.0.0.1:$port/graphql
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ "${#token}" -eq 40 ]
# Q2 reads story-123.
[[ "$stories" =~ ^[0-9]+$ ]] && [ "$stories" -ge 124 ] || { echo "BENCH_STORIES must be a number of at least 124, not '$stories'" >&2; exit 1; }

work=$(mktemp -d /tmp/bc-bench.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=
peers_started=
cluster_was_down=

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}

cleanup() {
  set +e
  stop_server
  # The server stops the embedded PostgreSQL it owns; stop it here too if it was left running (killed server, failed seed).
  if [ -f "$work/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1
  fi
  if [ -n "$peers_started" ]; then
    "$peers/stop-strapi.sh"
    "$peers/stop-directus.sh"
    [ -n "$cluster_was_down" ] && pg_ctlcluster 15 main stop
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export BrandContent__Postgres__DataDirectory=$work/pg
export BrandContent__DemoContent=false
export BrandContent__Auth__AdminKey=$token
export BrandContent__Limits__RateLimit__PermitLimit=0
export BrandContent__Scheduler__IntervalSeconds=0
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building (Release)..."
# MSBuild does not rewrite the runtime configuration when only the project's settings (GC, PGO) change.
rm -f "$repo/src/BrandContent.Api/bin/Release/net10.0/BrandContent.Api.runtimeconfig.json"
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

# The seed tool creates the cluster in the server's data folder, migrates it, seeds it and stops it again.
echo "seeding $stories stories..."
dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Seed" -- --stories "$stories" >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log"; exit 1; }
grep -E '^(Seeded|Brand)' "$work/seed.log"
q3=$(grep '^Q3 ' "$work/seed.log")
depth=$(sed 's/.* depth=\([0-9]*\).*/\1/' <<<"$q3"); after=$(sed 's/.* after=\([^ ]*\).*/\1/' <<<"$q3"); q3_first=$(sed 's/.* first=\([^ ]*\).*/\1/' <<<"$q3")
printf '{"query":"query Q3($locale: String, $after: String) { stories(brand: \\"bench\\", locale: $locale, first: 20, after: $after) { edges { node { slug title summary pillars { name } } } } }","variables":{"locale":"ja","after":"%s"}}' "$after" >"$work/bc-q3.json"
echo "bench stories=$stories locales=6 q3_after_stories=$depth" | tee -a "$out"

# The server from its Release build (what `dotnet run -c Release` runs), so its pid is the server's own for VmHWM.
start_server() { # extra environment (NAME=value...)
  echo "starting BrandContent on 127.0.0.1:$port ($*)..."
  (cd "$repo/src/BrandContent.Api" && exec env "$@" dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }
}

# One request each, checked (and kept: the ceiling serves these bytes): 20 ja stories with a pillar, newest first;
# story-123 in fr with its 2,000-char body; the 20 stories after the Q3 cursor.
check() { # mode
  for q in q1 q2 q3; do
    body=$bench/bc-$q.json; [ "$q" = q3 ] && body=$work/bc-q3.json
    curl -sf "$url" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data @"$body" -o "$work/$1-$q.answer"
  done
  node -e 'const fs=require("fs"); const [dir, mode, newest, q3first]=process.argv.slice(1);
    const read=q=>JSON.parse(fs.readFileSync(`${dir}/${mode}-${q}.answer`));
    const fail=(q,d)=>{ console.error(`${mode} ${q}: ${JSON.stringify(d).slice(0,500)}`); process.exit(1); };
    let d=read("q1"), e=d.data && d.data.stories.edges;
    if (d.errors || e.length!==20 || e[0].node.slug!==newest || !e.every(x=>x.node.pillars.length===1 && x.node.title.includes(" ja "))) fail("Q1", d);
    d=read("q2"); const s=d.data && d.data.story;
    if (d.errors || !s || s.body.length!==2000 || !s.title.startsWith("story-123 fr")) fail("Q2", d);
    d=read("q3"); e=d.data && d.data.stories.edges;
    if (d.errors || e.length!==20 || e[0].node.slug!==q3first) fail("Q3", d);' "$work" "$1" "story-$((stories - 1))" "$q3_first"
  echo "checked ($1): Q1 returns 20 ja stories with pillar names, Q2 story-123 in fr with its body, Q3 the 20 after the ${depth}th"
}

run_wrk() { # target body-file token -> RESULT line of the counted run
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d5s -s "$peers/post.lua" "$1" >/dev/null 2>&1
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d20s -s "$peers/post.lua" "$1" 2>&1 | grep RESULT | sed 's/^RESULT //' | tr -d '\n'
  # The machine's 1-minute load at the end: above 2 or so (wrk and the server), something else was running too.
  echo " load1=$(cut -d' ' -f1 /proc/loadavg)"
}

measure() { # mode
  for q in q1 q2 q3; do
    body=$bench/bc-$q.json; [ "$q" = q3 ] && body=$work/bc-q3.json
    echo "system=brandcontent-$1 query=${q^^} $(run_wrk "$url" "$body" "$token")" | tee -a "$out"
  done
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
  echo "system=brandcontent-$1 peak_rss_mb=$((hwm / 1024)) rss_at_end_mb=$((rss / 1024)) (server process; its PostgreSQL not included)" | tee -a "$out"
}

# Uncached: every request runs the GraphQL pipeline and its SQL.
start_server BrandContent__DeliveryCache__Enabled=false
check uncached
measure uncached
stop_server

# Cached: the same answers from the response cache, after one warm-up request of each query (the check).
start_server BrandContent__DeliveryCache__Enabled=true
check cached
for q in q1 q2 q3; do cmp -s "$work/uncached-$q.answer" "$work/cached-$q.answer" || echo "warning: the cached ${q^^} answer differs from the uncached one" | tee -a "$out"; done
measure cached
stop_server

if [ "${BENCH_PEER:-0}" = 1 ]; then
  # One system at a time on the two cores: BrandContent is stopped; each peer is stopped before the next starts.
  echo "the ceiling: nginx serving BrandContent's own answers..."
  for q in q1 q2; do "$peers/static-ceiling.sh" "$work/uncached-$q.answer" "${q^^}" | tee -a "$out"; done

  pg_lsclusters -h | grep -q ' online ' || cluster_was_down=1
  peers_started=1
  echo "setting up Strapi..."
  "$peers/setup-strapi.sh" >"$work/peer-setup.log" 2>&1 || { tail -30 "$work/peer-setup.log"; exit 1; }
  "$peers/bench-strapi.sh" | sed 's/^peer=\([^ ]*\)/system=\1/' | tee -a "$out"
  "$peers/stop-strapi.sh"
  for cache in off memory; do
    echo "setting up Directus (its cache: $cache; the first install takes about 7 minutes)..."
    DIRECTUS_CACHE=$cache "$peers/setup-directus.sh" >"$work/peer-setup.log" 2>&1 || { tail -30 "$work/peer-setup.log"; exit 1; }
    "$peers/bench-directus.sh" | sed 's/^peer=\([^ ]*\)/system=\1/' | tee -a "$out"
    "$peers/stop-directus.sh"
  done

  echo "ratios (requests/s: higher is better; p99: lower is better); goals from issue 8 in brackets:" | tee -a "$out"
  awk '
    { delete v; for (i = 1; i <= NF; i++) { n = index($i, "="); if (n) v[substr($i, 1, n - 1)] = substr($i, n + 1) } }
    v["query"] != "" && v["rps"] != "" {
      s = v["system"]; q = v["query"]
      k = s ~ /^brandcontent-uncached/ ? "unc" : s ~ /^brandcontent-cached/ ? "cac" : s ~ /^nginx/ ? "ngx" : s ~ /^strapi/ ? "str" : s ~ /\+memcache$/ ? "dcm" : s ~ /^directus/ ? "dir" : ""
      if (k != "") { rps[k, q] = v["rps"]; p99[k, q] = v["p99_ms"]; name[k, q] = s }
    }
    function ratio(a, b) { return b > 0 ? a / b : 0 }
    END {
      for (n = 1; n <= 2; n++) {
        q = "Q" n; best = rps["str", q] >= rps["dcm", q] ? "str" : "dcm"
        printf "ratio cached/best-peer query=%s peer=%s rps=%.1fx [>= 50x] p99=%.3fx [<= 0.05x]\n", q, name[best, q], ratio(rps["cac", q], rps[best, q]), ratio(p99["cac", q], p99[best, q])
        printf "ratio cached/nginx-static query=%s rps=%.1f%% [>= 50%%] p99=%.1fx\n", q, 100 * ratio(rps["cac", q], rps["ngx", q]), ratio(p99["cac", q], p99["ngx", q])
        printf "ratio uncached/strapi query=%s rps=%.1fx%s p99=%.3fx\n", q, ratio(rps["unc", q], rps["str", q]), q == "Q1" ? " [>= 10x]" : "", ratio(p99["unc", q], p99["str", q])
        printf "ratio uncached/directus-cached query=%s rps=%.2fx%s p99=%.3fx\n", q, ratio(rps["unc", q], rps["dcm", q]), q == "Q1" ? " [> 1x]" : "", ratio(p99["unc", q], p99["dcm", q])
      }
    }
  ' "$out" | tee -a "$out"
fi
echo "results in $out"
