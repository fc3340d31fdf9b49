#!/bin/bash
# Search benchmark: BrandContent (Release, throw-away embedded PostgreSQL) seeded with BENCH_STORIES (default 100,000)
# stories x 6 locales (vi, en, ja, ko, zh-Hans, fr) in each locale's own script (SearchTexts: title 60, summary 150,
# body 500 characters), then search-load.py: one connection, one request at a time, each query type repeated
# BENCH_ROUNDS (default 300) times with the response cache off, after BENCH_WARMUP (default 100) unmeasured rounds of every type, p50/p95/p99 per type. Goal: every p99 < 50 ms.
# Then EXPLAIN (ANALYZE, BUFFERS) of the real search statement (SearchStatement, as the server builds it) for a common
# and a rare text, and the statement's own time over 50 runs. See bench/README.md, "# Search".
# BENCH_DATA=/some/folder keeps the seeded database there and reuses it on the next run (seeding takes 500 s or more):
# the folder is seeded when it holds no seeded database of BENCH_STORIES stories, and kept (cluster stopped) at the end.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
port=${BENCH_PORT:-5091}
stories=${BENCH_STORIES:-100000}
rounds=${BENCH_ROUNDS:-300}
warmup=${BENCH_WARMUP:-100}   # unmeasured rounds of every query type before the measured ones
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "BENCH_WARMUP must be a number" >&2; exit 1; }
[[ "$stories" =~ ^[0-9]+$ ]] && [ "$stories" -ge 1000 ] || { echo "BENCH_STORIES must be a number of at least 1000" >&2; exit 1; }

work=$(mktemp -d /tmp/bc-search-bench.XXXXXX)
data=${BENCH_DATA:-$work}
mkdir -p "$data"
chmod 755 "$work" "$data"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/search-$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=

cleanup() {
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  if [ -f "$data/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" stop -D "$data/pg/pgdata" -m fast -w >/dev/null 2>&1
  fi
  rm -rf "$work"   # BENCH_DATA, when given, is kept
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export BrandContent__Postgres__DataDirectory=$data/pg
export BrandContent__DemoContent=false
export BrandContent__Auth__AdminKey=$token
export BrandContent__Limits__RateLimit__PermitLimit=0
export BrandContent__Scheduler__IntervalSeconds=0
export BrandContent__DeliveryCache__Enabled=false
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building (Release)..."
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

seed=$bench/BrandContent.Bench.Seed/bin/Release/net10.0/BrandContent.Bench.Seed.dll
seeded=$data/seeded-search-$stories   # written only once a seed of this size finished
if [ -f "$seeded" ]; then
  echo "reusing the database seeded in $data ($(cat "$seeded"))"
  seed_seconds=reused
else
  [ -d "$data/pg" ] && { echo "$data holds a database that is not a finished search seed of $stories stories: remove it or choose another BENCH_DATA" >&2; exit 1; }
  echo "seeding $stories stories x 6 locales into $data..."
  started=$(date +%s)
  (cd "$bench/BrandContent.Bench.Seed" && exec dotnet "$seed" --stories "$stories" --texts search) >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log"; exit 1; }
  grep -E '^(Seeded|Brand)' "$work/seed.log"
  seed_seconds=$(( $(date +%s) - started ))
  echo "seeded $(date -u +%FT%TZ) in ${seed_seconds}s" >"$seeded"
fi
echo "bench=search stories=$stories locales=6 seed_seconds=$seed_seconds date=$(date -u +%FT%TZ) cpus=$(nproc) load=\"$(cut -d' ' -f1-3 /proc/loadavg)\" machine=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\"" | tee -a "$out"

echo "starting BrandContent on 127.0.0.1:$port (response cache off)..."
(cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }

echo "warm-up: $warmup unmeasured rounds of every query type" | tee -a "$out"
python3 "$bench/search-load.py" 127.0.0.1 "$port" "$token" "$rounds" "$warmup" | tee -a "$out"

# The plans behind the figures, of the real statement (the server's own, built by SearchStatement), and its own time.
for search in "cong chieng|vi" "festivals|en" "해바라기|ko" "kingfisher|en"; do
  text=${search%|*} locale=${search#*|}
  echo "plan for '$text' ($locale):" | tee -a "$out"
  Logging__LogLevel__Default=Warning dotnet "$seed" --explain "$text" --locale "$locale" --runs 50 2>"$work/explain.log" | tee -a "$out" || { tail -30 "$work/explain.log"; exit 1; }
done
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
echo "results: $out"
