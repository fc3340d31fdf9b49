#!/bin/bash
# XLIFF benchmark: a brand with 10,000 units of Vietnamese text (BrandContent.Bench.Xliff seed) on a throw-away
# embedded PostgreSQL, the Release server, then export for ja (scope ALL), a refused import (one bad unit near the
# end) and the full import, each timed over HTTP. BENCH_RUNS=3 repeats it on fresh databases. See bench/README.md.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
port=${BENCH_PORT:-5091}
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
runs=${BENCH_RUNS:-1}
work=$(mktemp -d /tmp/bc-xliff.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/xliff-$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  server_pid=
  # The server stops the embedded PostgreSQL it owns; stop it here too if it was left running.
  if [ -f "$work/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1 || true
  fi
}
cleanup() { set +e; stop_server; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

export BrandContent__DemoContent=false
export BrandContent__Auth__AdminKey=$token
export BrandContent__Limits__RateLimit__PermitLimit=0
export BrandContent__Scheduler__IntervalSeconds=0
export BENCH_URL=http://127.0.0.1:$port/graphql BENCH_TOKEN=$token
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building (Release)..."
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Xliff" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

for run in $(seq "$runs"); do
  rm -rf "$work/pg"
  export BrandContent__Postgres__DataDirectory=$work/pg
  dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Xliff" -- seed >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log"; exit 1; }
  (cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }
  dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Xliff" -- measure | sed "s/^/run=$run /" | tee -a "$out"
  stop_server
done
echo "results in $out"
