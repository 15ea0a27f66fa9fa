#!/usr/bin/env bash
# Publishes the summarizer as the EC2 worker runs it (self-contained linux-x64, ReadyToRun) into
# tests/bench/out/publish, and prints the program's path. Shared by the benchmark scripts.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/bench/out/publish"
# ReadyToRun comes from the project (PublishReadyToRun), as for the worker's artifact.
dotnet publish "$root/summarizer/Summarizer.Cli" -c Release -r linux-x64 --self-contained -o "$out" >&2
echo "$out/summarizer"
