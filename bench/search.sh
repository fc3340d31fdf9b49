#!/bin/bash
# Search benchmark: BrandContent (Release, throw-away embedded PostgreSQL) seeded with BENCH_STORIES (default 100,000)
# stories x 6 locales (vi, en, ja, ko, zh-Hans, fr) in each locale's own script (SearchTexts: title 60, summary 150,
# body 500 characters), then search-load.py: one connection, one request at a time, each query type repeated
# BENCH_ROUNDS (default 300) times with the response cache off, p50/p95/p99 per type. Goal: every p99 < 50 ms.
# Also prints the plan of one common and one rare search. See bench/README.md, "## Search".
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
port=${BENCH_PORT:-5091}
stories=${BENCH_STORIES:-100000}
rounds=${BENCH_ROUNDS:-300}
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
[[ "$stories" =~ ^[0-9]+$ ]] && [ "$stories" -ge 1000 ] || { echo "BENCH_STORIES must be a number of at least 1000" >&2; exit 1; }

work=$(mktemp -d /tmp/bc-search-bench.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/search-$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=

cleanup() {
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  if [ -f "$work/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1
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
export BrandContent__DeliveryCache__Enabled=false
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building (Release)..."
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

echo "seeding $stories stories x 6 locales..."
started=$(date +%s)
dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Seed" -- --stories "$stories" --texts search >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log"; exit 1; }
grep -E '^(Seeded|Brand)' "$work/seed.log"
echo "bench=search stories=$stories locales=6 seed_seconds=$(( $(date +%s) - started )) date=$(date -u +%FT%TZ) cpus=$(nproc) machine=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\"" | tee -a "$out"

echo "starting BrandContent on 127.0.0.1:$port (response cache off)..."
(cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }

python3 "$bench/search-load.py" 127.0.0.1 "$port" "$token" "$rounds" | tee -a "$out"

# The plans behind the figures: the search index, not a scan, also at this size.
pgport=$(grep -o 'PostgreSQL from .* on 127.0.0.1:[0-9]*' "$work/server.log" | tail -1 | grep -o '[0-9]*$')
if [ -n "$pgport" ]; then
  for text in "cong chieng" "kingfisher"; do
    echo "plan for '$text' (en, vi): $(PGPASSWORD=$(cat "$work/pg/password") psql -h 127.0.0.1 -p "$pgport" -U brandcontent -d brandcontent -X -At -c \
      "EXPLAIN SELECT 1 FROM \"StoryVariants\" v WHERE v.\"IsLive\" AND v.\"SearchVector\" @@ (plainto_tsquery('bc_search_simple', '$text') || plainto_tsquery('bc_search_english', '$text')) AND v.\"Locale\" = ANY('{en,vi}') LIMIT 1000" \
      | grep -oE '(Seq Scan|Bitmap Index Scan|Index Scan)[^(]*' | sort -u | paste -sd ';')" | tee -a "$out"
  done
fi
echo "results: $out"
