#!/usr/bin/env bash
# Local API benchmark: `summarizer serve` (Release ReadyToRun publish) on 127.0.0.1 under wrk, POST
# /summarize with ~1 KB real reviews. Reports requests/s and the latency distribution (wrk --latency) at a
# few connection counts. Targets (issue 2): >= 5,000 requests/s with p99 <= 10 ms.
# Usage: tests/bench/api.sh [DURATION] [CONNECTIONS...]   (default 20s, 8 16 32)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
duration="${1:-20s}"
shift || true
connections=("${@:-8 16 32}")
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
python3 "$here/make-api-bodies.py"
summarizer="$("$here/publish.sh")"
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")

"$summarizer" serve --urls "http://127.0.0.1:$port" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/health"; echo

# Warm up the JIT and the connection pool before measuring.
wrk -t1 -c8 -d3s -s "$here/summarize.lua" "http://127.0.0.1:$port" -- "$here/out/api-bodies.jsonl" >/dev/null
# The server's CPU time (user + system, in clock ticks) from /proc: with other work on the machine, CPU per
# request says what the server costs independently of how much of the cores it was given.
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
for c in ${connections[*]}; do
  echo "== $c connections, $duration (machine load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(server_ticks)
  wrk -t1 -c"$c" -d"$duration" --latency -s "$here/summarize.lua" "http://127.0.0.1:$port" -- "$here/out/api-bodies.jsonl" \
    | tee "$here/out/wrk-$c.txt"
  after=$(server_ticks)
  requests=$(awk '/requests in/ {print $1}' "$here/out/wrk-$c.txt")
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
    'BEGIN { printf "server CPU: %.1f s for %d requests = %.0f us per request\n", t / hz, n, 1e6 * t / hz / n }'
done
