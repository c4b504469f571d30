#!/usr/bin/env bash
# Measures what docs/BENCHMARKS.md reports about starting the product: seconds from ./run.sh to the first page served
# (the sign-in page http://localhost:8080/login answering 200), and each application's heap and resident memory once started.
# Usage: scripts/measure-start.sh [fresh]   — "fresh" deletes .nianbao/data first (first start: schema + demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
nianbao_find_jdk

if [ "${1:-}" = "fresh" ]; then
    rm -rf .nianbao/data
fi
log="$(mktemp)"
start=$(date +%s.%N)
./run.sh >"$log" 2>&1 &
runner=$!
until curl -fsS -o /dev/null http://localhost:8080/login 2>/dev/null; do
    kill -0 "$runner" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
done
ready=$(date +%s.%N)
printf 'first page served after %.1f s\n' "$(echo "$ready - $start" | bc)"
sleep 20   # let both settle (JIT, lazy initialisation) before reading memory
for jar in backend.jar frontend.jar; do
    pid="$(pgrep -f "target/$jar" | head -n 1)"
    jcmd "$pid" GC.run >/dev/null
    used="$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1)}')"
    rss="$(ps -o rss= -p "$pid")"
    printf '%s: heap used after full GC %s, resident %d MB\n' "$jar" "$used" "$((rss / 1024))"
done
# as Ctrl-C would, but by TERM: a script's background job ignores SIGINT
kill -TERM "$runner"
wait "$runner" || true
