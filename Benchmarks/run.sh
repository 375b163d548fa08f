#!/usr/bin/env bash
# The run engine at the rate limit and in flat memory: `bon run` (release) against a loopback OpenAI-compatible
# server whose every answer takes exactly L ms, printing candidates per second beside the bound C/L; then with a
# requests-per-minute limit R beside R; then the peak RSS of a 100,000-row run.
# Usage: Benchmarks/run.sh [--quick | --only C:L]   (needs python3 with pyarrow)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== building in release"
swift build -c release --product bon 2>&1 | tail -1
swift build -c release --package-path Benchmarks --product RunBenchmarks 2>&1 | tail -1
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
exec python3 Benchmarks/run_driver.py .build/release/bon Benchmarks/.build/release/RunBenchmarks "$@"
