#!/usr/bin/env bash
# Cold start of the real-time Lambda function, measured locally, for both package kinds: each package is built by the
# Pulumi program's own builder (as `pulumi up` builds it), unpacked, and its `bootstrap` started RUNS times as a fresh
# process with Lambda's custom-runtime environment against a Runtime API on 127.0.0.1 that already holds a ~1 KB
# review. Cold start = process start -> the answer arriving at POST /runtime/invocation/{id}/response (engine load in
# the init phase, the first GET /next, the summary). Not measured: Lambda's own sandbox start and code download.
# The machine may be shared: the load average is printed before and after.
#   tests/bench/coldstart.sh            # 30 runs per kind
#   RUNS=50 tests/bench/coldstart.sh
#   MODEL=tests/bench/out/glove-1.2M-25d.sumemb tests/bench/coldstart.sh   # a package carrying that model artifact
#     (make one: python3 tests/bench/make-full-glove.py && summarizer embeddings tests/bench/out/glove-1.2M-25d.txt \
#      tests/bench/out/glove-1.2M-25d.sumemb)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${RUNS:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

review="I bought these for my dog and she loves them. The bag arrived quickly and was well sealed. The treats are small, which is good for training. They cost \$3.50 which is fair for the size. The smell is strong though! My other dog ignores them, but he is picky about everything. Would I buy again? Probably yes. The ingredients look healthy and there is no corn or soy. They break easily into smaller pieces. Overall a good treat for the price, and shipping was fast. I will try the chicken flavor next time because the beef one is a little dry for an older dog."
printf '{"text": "%s"}' "$review" > "$work/request.json"

echo "building the measurement host..." >&2
dotnet build tests/bench/coldstart-host -c Release -o "$work/host" --nologo -v q >&2

echo "load before: $(uptime)"
for kind in aot self-contained; do
  dotnet "$work/host/coldstart-host.dll" "$root" "$kind" "$runs" "$work/request.json" ${MODEL:+"$(realpath "$MODEL")"}
done
echo "load after:  $(uptime)"
