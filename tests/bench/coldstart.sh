#!/usr/bin/env bash
# Cold start of the real-time Lambda function, measured locally: a fresh process loads the handler from the
# unzipped Lambda package, creates it (the model loads), answers one ~1 KB review, and exits. Wall time from
# spawning the process to its exit, per run; ReadyToRun package vs plain IL package. It measures the .NET part
# of a Lambda cold start only (not the sandbox/VM start, not the runtime API round trips).
#   tests/bench/coldstart.sh            # 15 runs per variant
#   RUNS=30 tests/bench/coldstart.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

handler="Summarizer.Function::Summarizer.Function.Handler::Handle"
review="I bought these for my dog and she loves them. The bag arrived quickly and was well sealed. The treats are small, which is good for training. They cost \$3.50 which is fair for the size. The smell is strong though! My other dog ignores them, but he is picky about everything. Would I buy again? Probably yes. The ingredients look healthy and there is no corn or soy. They break easily into smaller pieces. Overall a good treat for the price, and shipping was fast. I will try the chicken flavor next time because the beef one is a little dry for an older dog."
printf '{"text": "%s"}' "$review" > "$work/request.json"

echo "building the host (ReadyToRun, like the Lambda runtime's own bootstrap)..." >&2
dotnet publish tests/bench/coldstart-host -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/host" --nologo -v q >&2

for variant in r2r il; do
  r2r=$([ "$variant" = r2r ] && echo true || echo false)
  echo "building the Lambda package ($variant)..." >&2
  dotnet publish functions/Summarizer.Function -c Release -p:PublishReadyToRun="$r2r" \
    -o "$work/publish-$variant" -p:LambdaZipPath="$work/$variant.zip" --nologo -v q >&2
  mkdir -p "$work/$variant" && unzip -q "$work/$variant.zip" -d "$work/$variant"
  size=$(stat -c %s "$work/$variant.zip")

  dotnet "$work/host/coldstart-host.dll" "$work/$variant" "$handler" "$work/request.json" > /dev/null 2>&1  # warm the disk cache once
  : > "$work/$variant.ms"
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    dotnet "$work/host/coldstart-host.dll" "$work/$variant" "$handler" "$work/request.json" > "$work/out.json" 2> "$work/steps.txt"
    t1=$(date +%s%N)
    grep -q '"statusCode":200' "$work/out.json" || { echo "the handler did not answer 200: $(cat "$work/out.json")" >&2; exit 1; }
    echo "$(( (t1 - t0) / 1000000 )) $(cat "$work/steps.txt")" >> "$work/$variant.ms"
  done
  sort -n "$work/$variant.ms" | awk -v v="$variant" -v size="$size" -v n="$runs" '
    { ms[NR] = $1; line[NR] = $0 }
    END {
      printf "%-4s zip %7.2f MB | process start -> response -> exit: median %d ms, min %d ms, max %d ms (%d runs) | median run: %s\n",
        v, size / 1048576, ms[int((n + 1) / 2)], ms[1], ms[n], n, line[int((n + 1) / 2)]
    }'
done
