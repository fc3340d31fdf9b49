#!/bin/bash
# Studio page speed: server time per screen with the demo content, one request at a time with a signed-in session
# cookie (curl: time to first byte less the time to send the request), BENCH_ROUNDS (default 200) per screen after
# 20 warm-up requests; p50/p99 per screen. Goal: p99 < 200 ms. See bench/README.md, "## Studio".
#   bench/studio.sh                                   Release build, throw-away embedded PostgreSQL, demo content
#   BENCH_BASE=http://127.0.0.1:5095 BENCH_KEY=bck_... bench/studio.sh    an already running server
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$bench/.." && pwd)
port=${BENCH_PORT:-5096}
rounds=${BENCH_ROUNDS:-200}
base=${BENCH_BASE:-}
token=${BENCH_KEY:-bck_bench_studio_0123456789abcdef012345}   # throw-away server only
[[ "$rounds" =~ ^[0-9]+$ ]] && [ "$rounds" -ge 10 ] || { echo "BENCH_ROUNDS must be a number of at least 10" >&2; exit 1; }

work=$(mktemp -d /tmp/bc-studio-bench.XXXXXX)
chmod 755 "$work"   # as root the cluster runs as postgres, which must reach the data folder inside
mkdir -p "$bench/results"
out=$bench/results/studio-$(date -u +%Y%m%dT%H%M%SZ).txt
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

if [ -z "$base" ]; then
  export BrandContent__Postgres__DataDirectory=$work/pg
  export BrandContent__DemoContent=true
  export BrandContent__Auth__AdminKey=$token
  export BrandContent__Scheduler__IntervalSeconds=0
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  echo "building (Release)..."
  dotnet build -c Release -v q -nologo "$repo/src/BrandContent.Api" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }
  echo "starting BrandContent on 127.0.0.1:$port with the demo content..."
  (cd "$repo/src/BrandContent.Api" && exec dotnet bin/Release/net10.0/BrandContent.Api.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 180); do grep -q 'Now listening' "$work/server.log" && break; kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  grep -q 'Now listening' "$work/server.log" || { tail -30 "$work/server.log"; exit 1; }
  base=http://127.0.0.1:$port
fi

# Sign in as a browser without script would: the form's anti-forgery token, then the key; the jar keeps the session.
jar=$work/cookies
form=$(curl -sS -c "$jar" -b "$jar" "$base/studio/signin")
antiforgery=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "key=$token" --data-urlencode "__RequestVerificationToken=$antiforgery" "$base/studio/signin")
[ "$status" = 302 ] || { echo "sign-in answered $status" >&2; exit 1; }
brand=$(curl -sS -b "$jar" "$base/studio/" | grep -o '<option value="[^"]*" selected' | head -1 | sed 's/<option value="//;s/" selected//')

echo "bench=studio rounds=$rounds base=$base date=$(date -u +%FT%TZ) cpus=$(nproc) machine=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\"" | tee -a "$out"
printf '%-60s %8s %8s %8s\n' screen p50_ms p99_ms max_ms | tee -a "$out"
# The first item of the administrator's translation queue, for the editor (the demo content has outdated and missing ones).
queue=$(curl -sS -b "$jar" "$base/studio/queue")
editor=$(grep -o 'href="/studio/edit/[^"]*"' <<<"$queue" | sed -n '1s/href="//;1s/"$//p')
[ -n "$editor" ] || { echo "the queue listed nothing to edit" >&2; exit 1; }

for path in "/studio/" "/studio/brands/$brand" "/studio/assets" "/studio/assets?kind=IMAGE" "/studio/queue" "$editor" \
  "/studio/review" "/studio/xliff" "/studio/new/story"; do
  for _ in $(seq 20); do curl -sS -o /dev/null -b "$jar" "$base$path"; done
  for _ in $(seq "$rounds"); do
    curl -sS -o /dev/null -b "$jar" -w '%{http_code} %{time_pretransfer} %{time_starttransfer}\n' "$base$path"
  done >"$work/times"
  bad=$(awk '$1 != 200' "$work/times" | wc -l)
  [ "$bad" -eq 0 ] || { echo "$path: $bad answers were not 200" >&2; exit 1; }
  awk '{ printf "%.3f\n", ($3 - $2) * 1000 }' "$work/times" | sort -n >"$work/ms"
  n=$(wc -l <"$work/ms")
  p50=$(sed -n "$(( (n * 50 + 99) / 100 ))p" "$work/ms")
  p99=$(sed -n "$(( (n * 99 + 99) / 100 ))p" "$work/ms")
  max=$(tail -1 "$work/ms")
  printf '%-60s %8.1f %8.1f %8.1f\n' "$path" "$p50" "$p99" "$max" | tee -a "$out"
done
