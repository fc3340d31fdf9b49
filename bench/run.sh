#!/bin/bash
# Delivery-speed benchmark: BrandContent (Release, throw-away embedded PostgreSQL seeded with the peer's content
# shape) under wrk on Q1 and Q2, then, with BENCH_PEER=1, Strapi 5 (../shared/peers) in the same run, and the ratios.
# Same wrk settings as the peer: 2 threads, 16 connections, 5 s warm-up then 20 s counted. See bench/README.md.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
peers=${PEERS_DIR:-$(cd "$repo/../shared/peers" 2>/dev/null && pwd || echo /work/shared/peers)}
port=${BENCH_PORT:-5090}
url=http://127.0.0.1:$port/graphql
token=bck_bench_0123456789abcdef0123456789abcd   # fixed 40-character administrator key, only for this throw-away server
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ "${#token}" -eq 40 ]

work=$(mktemp -d /tmp/bc-bench.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/$(date -u +%Y%m%dT%H%M%SZ).txt
server_pid=
peer_started=
cluster_was_down=

cleanup() {
  set +e
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid"
  fi
  # The server stops the embedded PostgreSQL it owns; stop it here too if it was left running (killed server, failed seed).
  if [ -f "$work/pg/pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")/pg_ctl" stop -D "$work/pg/pgdata" -m fast -w >/dev/null 2>&1
  fi
  if [ -n "$peer_started" ]; then
    "$peers/stop-strapi.sh"
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
dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$bench/BrandContent.Bench.Seed" >>"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

# The seed tool creates the cluster in the server's data folder, migrates it, seeds it and stops it again.
echo "seeding..."
dotnet run -c Release --no-build --project "$bench/BrandContent.Bench.Seed" >"$work/seed.log" 2>&1 || { tail -30 "$work/seed.log"; exit 1; }
grep -E '^(Seeded|Brand)' "$work/seed.log"

# The server from its Release build (what `dotnet run -c Release` runs), so its pid is the server's own for VmHWM.
echo "starting BrandContent on 127.0.0.1:$port..."
(cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }

# One request each, checked, before any load: 20 ja stories with a pillar, newest (story-299) first; story-123 in fr with its 2,000-char body.
check() {
  curl -sf "$url" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data @"$bench/$1"
}
q1=$(check bc-q1.json); q2=$(check bc-q2.json)
echo "$q1" | node -e 'const d=JSON.parse(require("fs").readFileSync(0)); const e=d.data.stories.edges;
  if (d.errors || e.length!==20 || e[0].node.slug!=="story-299" || !e.every(x=>x.node.pillars.length===1 && x.node.title.includes(" ja "))) { console.error(JSON.stringify(d).slice(0,500)); process.exit(1); }'
echo "$q2" | node -e 'const d=JSON.parse(require("fs").readFileSync(0)); const s=d.data.story;
  if (d.errors || !s || s.body.length!==2000 || !s.title.startsWith("story-123 fr")) { console.error(JSON.stringify(d).slice(0,500)); process.exit(1); }'
echo "checked: Q1 returns 20 ja stories with pillar names, Q2 returns story-123 in fr with its body"

run_wrk() { # target body-file -> RESULT line of the counted run
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d5s -s "$peers/post.lua" "$1" >/dev/null 2>&1
  BODY_FILE=$2 TOKEN=$3 wrk -t2 -c16 -d20s -s "$peers/post.lua" "$1" 2>&1 | grep RESULT | sed 's/^RESULT //'
}
for q in q1 q2; do
  echo "system=brandcontent query=${q^^} $(run_wrk "$url" "$bench/bc-$q.json" "$token")" | tee -a "$out"
done
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
rss=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
echo "system=brandcontent peak_rss_mb=$((hwm / 1024)) rss_at_end_mb=$((rss / 1024)) (server process; its PostgreSQL not included)" | tee -a "$out"

# Stop BrandContent before the peer runs, so the two never share the cores.
kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

if [ "${BENCH_PEER:-0}" = 1 ]; then
  pg_lsclusters -h | grep -q ' online ' || cluster_was_down=1
  peer_started=1
  echo "setting up the peer (Strapi)..."
  "$peers/setup-strapi.sh" >"$work/peer-setup.log" 2>&1 || { tail -30 "$work/peer-setup.log"; exit 1; }
  "$peers/bench-strapi.sh" | sed 's/^peer=\([^ ]*\)/system=\1/' | tee -a "$out"
  echo "ratios (BrandContent / Strapi; requests/s higher is better, latency lower is better):" | tee -a "$out"
  awk '
    { delete v; for (i=1;i<=NF;i++) { split($i, kv, "="); v[kv[1]]=kv[2] }; q=v["query"]; s=(v["system"]=="brandcontent") ? "bc" : "peer";
      if (q!="") { rps[s,q]=v["rps"]; p50[s,q]=v["p50_ms"]; p99[s,q]=v["p99_ms"] } }
    END { for (n=1;n<=2;n++) { q="Q" n; if (rps["peer",q]>0)
      printf "ratio query=%s rps=%.1fx p50=%.3fx p99=%.3fx\n", q, rps["bc",q]/rps["peer",q], p50["bc",q]/p50["peer",q], p99["bc",q]/p99["peer",q] } }
  ' "$out" | tee -a "$out"
fi
echo "results in $out"
