#!/usr/bin/env bash
# Batch benchmark: `summarizer batch` over the full-size dataset (568,454 rows built from the 1,000 real
# reviews), from a Release ReadyToRun publish. Reports wall time, CPU time and peak RSS (/usr/bin/time -v),
# then repeats with hyperfine when it is installed (apt-get install hyperfine).
# Targets (issue 8): <= 3 s wall and <= 300 MB peak RSS on the 2-core machine.
# Usage: tests/bench/batch.sh [RUNS]   (default 3 hyperfine runs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-3}"
data="$here/out/reviews-full.csv"
output="$here/out/summaries-full.csv"
[[ -f "$data" ]] || python3 "$here/make-full-dataset.py" "$data"
summarizer="$("$here/publish.sh")"
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# Each run writes a new output file, as the worker does: replacing a previous run's 100 MB output would add the
# freeing of its blocks (~0.1 s) to the measurement.
rm -f "$output"
echo "== one run under /usr/bin/time -v (machine load before: $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -v "$summarizer" batch "$data" "$output" 2> "$here/out/batch-time.txt" || { cat "$here/out/batch-time.txt"; exit 1; }
grep -E '^summarizer:' "$here/out/batch-time.txt"
grep -E 'Elapsed \(wall|User time|System time|Maximum resident|Percent of CPU' "$here/out/batch-time.txt"
awk -F': ' '/User time|System time/ { cpu += $2 } END { printf "CPU time (user + system): %.1f s\n", cpu }' "$here/out/batch-time.txt"
rows=$(($(python3 -c "import csv,sys; csv.field_size_limit(1<<30); print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$output") - 1))
echo "output rows: $rows"

if command -v hyperfine >/dev/null; then
  echo "== hyperfine, $runs runs"
  hyperfine --warmup 1 --runs "$runs" --prepare "rm -f $output" "$summarizer batch $data $output"
fi
