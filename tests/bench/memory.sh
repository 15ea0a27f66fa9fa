#!/usr/bin/env bash
# Memory benchmark (issue 8): peak RSS, wall and CPU time of `summarizer batch` on three inputs, from the
# Release ReadyToRun publish: the 1.2 GB CSV bomb (300 rows of 4,000,000 characters), 10,000 rows of a
# limit-sized (256 KiB) text, and the full-size 568,454-row file. Goal: peak RSS <= 300 MB for each.
# The inputs (~4 GB) are generated in a temporary folder (TMPDIR, default /tmp) and deleted afterwards.
# Usage: tests/bench/memory.sh [bomb] [big-rows] [full]   (default: all three)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
summarizer="$("$here/publish.sh")"
work="$(mktemp -d "${TMPDIR:-/tmp}/summarizer-memory-XXXXXX")"
trap 'rm -rf "$work"' EXIT
kinds=("$@")
[[ ${#kinds[@]} -gt 0 ]] || kinds=(bomb big-rows full)

for kind in "${kinds[@]}"; do
  input="$work/$kind.csv"
  case "$kind" in
    bomb|big-rows) python3 "$here/make-hostile-inputs.py" "$kind" "$input" ;;
    full) python3 "$here/make-full-dataset.py" "$input" ;;
    *) echo "unknown input: $kind" >&2; exit 2 ;;
  esac
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v "$summarizer" batch "$input" "$work/out.csv" 2> "$work/time.txt" || { cat "$work/time.txt"; exit 1; }
  wall="$(awk -F': ' '/Elapsed \(wall/ { print $2 }' "$work/time.txt")"
  cpu="$(awk -F': ' '/User time|System time/ { c += $2 } END { printf "%.1f", c }' "$work/time.txt")"
  rss="$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/time.txt")"
  echo "$kind: peak RSS ${rss} MB, wall ${wall}, CPU ${cpu} s, load before [$load]; $(grep -E '^summarizer:' "$work/time.txt")"
  rm -f "$input" "$work/out.csv"
done
