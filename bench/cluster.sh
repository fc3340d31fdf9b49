#!/bin/bash
# Several processes, one database: nginx (Debian package) on loopback in front of two BrandContent API processes
# (Release build) on one PostgreSQL (the seeded bench database) and, when redis-server is installed, one Redis.
# Runs run.sh's Q1/Q2 wrk load through nginx (2 threads, 16 connections, 5 s warm-up, 20 s counted) with the response
# cache on (in Redis, shared, or else in each process's memory), prints how the requests were split between the two,
# then publishes a change on process A and polls process B directly until it serves it (bench/publish-seen.mjs). See
# bench/README.md. Everything it starts is stopped on exit, also on failure.
# CLUSTER_REDIS=0 leaves Redis out even when it is installed; CLUSTER_LOAD=0 skips the wrk load (only the publish);
# CLUSTER_PORT (default 5190) is nginx's, +1 and +2 the APIs'.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
peers=${PEERS_DIR:-$(cd "$repo/../shared/peers" 2>/dev/null && pwd || echo /work/shared/peers)}
port=${CLUSTER_PORT:-5190}
port_a=$((port + 1)); port_b=$((port + 2))
url=http://127.0.0.1:$port/graphql
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away deployment
for tool in wrk nginx node curl; do command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y wrk nginx-light nodejs curl)" >&2; exit 1; }; done
[ -f "$peers/post.lua" ] || { echo "$peers/post.lua (the peers' wrk script) is missing: set PEERS_DIR" >&2; exit 1; }
redis_bin=
[ "${CLUSTER_REDIS:-1}" = 1 ] && redis_bin=$(command -v redis-server || true)

work=$(mktemp -d /tmp/bc-cluster.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/cluster-$(date -u +%Y%m%dT%H%M%SZ).txt
pids=()
pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | tail -1)

cleanup() {
  set +e
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  done
  if [ -f "$work/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "building (Release)..."
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

# The seed tool makes the cluster, migrates and seeds it and stops it; then it runs on its own, shared by both APIs.
echo "seeding..."
BrandContent__Postgres__DataDirectory=$work/pg dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Seed" >"$work/seed.log" 2>&1 \
  || { tail -30 "$work/seed.log"; exit 1; }
grep -E '^(Seeded|Brand)' "$work/seed.log"
runuser -u postgres -- "$pg_ctl" start -D "$work/pg/pgdata" -w -t 60 -l "$work/pg/postgres.log" >/dev/null
pg_port=$(sed -n 4p "$work/pg/pgdata/postmaster.pid")
database="Host=127.0.0.1;Port=$pg_port;Username=brandcontent;Password=$(cat "$work/pg/password");Database=brandcontent"

if [ -n "$redis_bin" ]; then
  redis_port=$(free_port)
  "$redis_bin" --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" --daemonize no >"$work/redis.log" 2>&1 &
  pids+=($!)
  export ConnectionStrings__Redis=127.0.0.1:$redis_port
  store="redis"; cache="redis"
else
  store="postgresql"; cache="memory"   # rate limits in PostgreSQL; each process caches answers in its own memory
fi

export ConnectionStrings__BrandContent=$database
export BrandContent__DemoContent=false
export BrandContent__Auth__AdminKey=$token
export BrandContent__Limits__RateLimit__PermitLimit=0
export BrandContent__Scheduler__IntervalSeconds=0
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
# Behind nginx the caller's address is in X-Forwarded-For (per-address limits count callers, not the proxy).
export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true

echo "starting two BrandContent processes on 127.0.0.1:$port_a and :$port_b (rate limits: $store, response cache: $cache)..."
for p in "$port_a" "$port_b"; do
  (cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$p") >"$work/server-$p.log" 2>&1 &
  pids+=($!)
done
for p in "$port_a" "$port_b"; do
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$p/readyz" && break; sleep 1; done
  curl -sf -o /dev/null "http://127.0.0.1:$p/readyz" || { tail -30 "$work/server-$p.log"; exit 1; }
done

mkdir -p "$work/nginx-temp"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  log_format upstream '\$upstream_addr';
  access_log $work/nginx-access.log upstream buffer=64k flush=1s;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  upstream brandcontent { server 127.0.0.1:$port_a; server 127.0.0.1:$port_b; keepalive 32; }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 16m;
    location / {
      proxy_pass http://brandcontent;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
nginx -c "$work/nginx.conf"
for _ in $(seq 20); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
echo "nginx on 127.0.0.1:$port in front of both"

# The same checks as run.sh, through nginx, before any load.
check() { curl -sf "$url" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data @"$bench/$1"; }
q1=$(check bc-q1.json); q2=$(check bc-q2.json)
echo "$q1" | node -e 'const d=JSON.parse(require("fs").readFileSync(0)); const e=d.data.stories.edges;
  if (d.errors || e.length!==20 || e[0].node.slug!=="story-299" || !e.every(x=>x.node.pillars.length===1 && x.node.title.includes(" ja "))) { console.error(JSON.stringify(d).slice(0,500)); process.exit(1); }'
echo "$q2" | node -e 'const d=JSON.parse(require("fs").readFileSync(0)); const s=d.data.story;
  if (d.errors || !s || s.body.length!==2000 || !s.title.startsWith("story-123 fr")) { console.error(JSON.stringify(d).slice(0,500)); process.exit(1); }'
echo "checked through nginx: Q1 returns 20 ja stories with pillar names, Q2 returns story-123 in fr with its body"

command -v pgrep >/dev/null && pgrep -x wrk >/dev/null && echo "note: another wrk is running on this machine; figures will be low" >&2
run_wrk() { # target body-file token -> RESULT line of the counted run
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d5s -s "$peers/post.lua" "$1" >/dev/null 2>&1
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d20s -s "$peers/post.lua" "$1" 2>&1 | grep RESULT | sed 's/^RESULT //'
}
[ "${CLUSTER_LOAD:-1}" = 1 ] && for q in q1 q2; do
  : >"$work/nginx-access.log"
  line=$(run_wrk "$url" "$bench/bc-$q.json" "$token")
  kill -USR1 "$(cat "$work/nginx.pid")"; sleep 1.5   # reopen = flush the buffered log
  split=$(awk -v a="127.0.0.1:$port_a" -v b="127.0.0.1:$port_b" '$1==a {na++} $1==b {nb++} END {printf "split_a=%d split_b=%d", na, nb}' "$work/nginx-access.log")
  echo "system=brandcontent-cluster query=${q^^} $line processes=2 store=$store cache=$cache $split" | tee -a "$out"
done
for pid in "${pids[@]}"; do
  [ -r "/proc/$pid/status" ] || continue
  grep -q dotnet "/proc/$pid/cmdline" 2>/dev/null || continue
  echo "system=brandcontent-cluster pid=$pid peak_rss_mb=$(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 ))" | tee -a "$out"
done

node "$bench/publish-seen.mjs" "http://127.0.0.1:$port_a/graphql" "http://127.0.0.1:$port_b/graphql" "$token" | tee -a "$out"
echo "results in $out"
