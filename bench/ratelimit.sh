#!/bin/bash
# What the shared rate limits cost: one BrandContent process (Release) under wrk on the cheapest request there is
# ({ __typename } with a key: no SQL once the key is known), with the limiter off, per process (local), shared in
# PostgreSQL, and shared in Redis (when redis-server is installed). KEYS keys (default 100) take turns, each with a
# limit it never reaches (1,000,000/min), so every request is admitted and each active key costs the store what it
# costs in production: a lease every few seconds (a lease is spent within 5 s), not a round trip per request.
# Prints one line per limiter and round with requests/s, latency and the store's calls per second, then the ratios
# to "off". wrk: 2 threads, 16 connections, 5 s warm-up, SECONDS_COUNTED (default 15) counted; ROUNDS (default 2).
# The response cache is off (it would answer { __typename } from memory, or Redis). See bench/README.md.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
port=${BENCH_PORT:-5090}
url=http://127.0.0.1:$port/graphql
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
keys=${KEYS:-100}
seconds=${SECONDS_COUNTED:-15}
for tool in wrk node curl; do command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y wrk nodejs curl)" >&2; exit 1; }; done
redis_bin=$(command -v redis-server || true)

work=$(mktemp -d /tmp/bc-ratelimit.XXXXXX)
chmod 755 "$work"
mkdir -p "$bench/results"
out=$bench/results/ratelimit-$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=; redis_pid=
pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | tail -1)

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  server_pid=
}
cleanup() {
  set +e
  stop_server
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null
  [ -f "$work/pg/pgdata/postmaster.pid" ] && runuser -u postgres -- "$pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "building (Release)..."
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

# A PostgreSQL of its own that outlives each server, so its statistics count the store's statements.
echo "preparing the database..."
BrandContent__Postgres__DataDirectory=$work/pg dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Seed" >"$work/seed.log" 2>&1 \
  || { tail -30 "$work/seed.log"; exit 1; }
runuser -u postgres -- "$pg_ctl" start -D "$work/pg/pgdata" -w -t 60 -l "$work/pg/postgres.log" >/dev/null
pg_port=$(sed -n 4p "$work/pg/pgdata/postmaster.pid")
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U brandcontent -d brandcontent -tAc "$1"; }
export PGPASSWORD; PGPASSWORD=$(cat "$work/pg/password")
export ConnectionStrings__BrandContent="Host=127.0.0.1;Port=$pg_port;Username=brandcontent;Password=$PGPASSWORD;Database=brandcontent"
export BrandContent__DemoContent=false BrandContent__Auth__AdminKey=$token BrandContent__Scheduler__IntervalSeconds=0
export BrandContent__Limits__RateLimit__RolePermitLimits__Admin=0
# The response cache off: { __typename } would be a cached answer, in Redis in the Redis run, and measure the cache's store.
export BrandContent__DeliveryCache__Enabled=false
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

if [ -n "$redis_bin" ]; then
  redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$redis_bin" --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" --daemonize no >"$work/redis.log" 2>&1 &
  redis_pid=$!
fi
redis_scripts() { # script calls so far (EVAL + EVALSHA)
  redis-cli -p "$redis_port" info commandstats | tr -d '\r' | awk -F'[=,:]' '/^cmdstat_eval(sha)?:/ {n += $3} END {print n+0}'
}
pg_writes() { # rows the store inserted or updated so far (statistics are flushed when the server's connections close)
  psql_bench 'SELECT coalesce(sum(n_tup_ins + n_tup_upd), 0) FROM pg_stat_user_tables WHERE relname = '"'"'RateLimitBuckets'"'"
}

start_server() { # extra environment assignments...
  (cd "$repo/src/BrandContent.Api" && exec env "$@" dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && return; kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
  tail -30 "$work/server.log"; exit 1
}

# KEYS public keys, made once by the administrator.
start_server BrandContent__Limits__RateLimit__PermitLimit=0
for i in $(seq "$keys"); do
  curl -sf "$url" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data "{\"query\":\"mutation { createApiKey(input: { name: \\\"bench $i\\\", role: PUBLIC }) { token } }\"}" \
    | node -e 'const d=JSON.parse(require("fs").readFileSync(0)); if (d.errors) { console.error(JSON.stringify(d.errors)); process.exit(1); } console.log(d.data.createApiKey.token)'
done >"$work/tokens.txt"
stop_server
echo "made $keys keys"

[ -n "$(pgrep -x wrk || true)" ] && echo "note: another wrk is running on this machine; figures will be low" >&2
measure() { # name, then environment assignments
  local name=$1; shift
  start_server "$@"
  local before_pg before_redis=0 line
  before_pg=$(pg_writes); [ -n "$redis_bin" ] && before_redis=$(redis_scripts)
  BODY_FILE=$bench/cheap.json TOKENS_FILE=$work/tokens.txt wrk -t2 -c16 -d5s -s "$bench/keys.lua" "$url" >/dev/null 2>&1
  line=$(BODY_FILE=$bench/cheap.json TOKENS_FILE=$work/tokens.txt wrk -t2 -c16 -d"${seconds}s" -s "$bench/keys.lua" "$url" 2>&1 | grep RESULT | sed 's/^RESULT //')
  stop_server
  sleep 1
  local calls=$(( $(pg_writes) - before_pg ))
  [ -n "$redis_bin" ] && calls=$(( calls + $(redis_scripts) - before_redis ))
  echo "system=brandcontent-ratelimit limiter=$name keys=$keys $line store_calls_per_s=$(( calls / (seconds + 5) ))" | tee -a "$out"
}
# ROUNDS (default 2) times through the four, so that a neighbour's load on the machine falls on all of them alike.
for round in $(seq "${ROUNDS:-2}"); do
  measure off BrandContent__Limits__RateLimit__PermitLimit=0
  measure local BrandContent__Limits__RateLimit__PermitLimit=1000000 BrandContent__Limits__RateLimit__Shared=false
  measure postgresql BrandContent__Limits__RateLimit__PermitLimit=1000000
  [ -n "$redis_bin" ] && measure redis BrandContent__Limits__RateLimit__PermitLimit=1000000 ConnectionStrings__Redis=127.0.0.1:$redis_port
done

# Ratios of the mean requests/s of each limiter over the rounds.
awk '/^system=/ { delete v; for (i=1;i<=NF;i++) { split($i, kv, "="); v[kv[1]]=kv[2] }; sum[v["limiter"]]+=v["rps"]; n[v["limiter"]]++ }
  END { for (l in sum) if (l != "off" && sum["off"] > 0) printf "ratio limiter=%s rps_vs_off=%.2f (mean of %d rounds)\n", l, (sum[l]/n[l])/(sum["off"]/n["off"]), n[l] }' "$out" | sort | tee -a "$out"
echo "results in $out"
