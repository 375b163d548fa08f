#!/usr/bin/env bash
# Sandbox cost: print(1) in bon's bubblewrap sandbox vs bare python3 (same process, interleaved),
# then the throughput of 1,000 short runs on the pool (sized to the cores), beside bare python3.
# The latency part runs twice: at normal priority (other processes' load included), and, when allowed,
# at real-time priority (chrt -r 1), which takes the machine's other load out of the figures.
# Usage: Benchmarks/sandbox.sh [samples=200] [throughput-runs=1000]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product SandboxBenchmark >&2
bin="$(swift build -c release --show-bin-path)/SandboxBenchmark"
"$bin" "${1:-200}" "${2:-1000}"
echo
if chrt -r 1 true 2>/dev/null; then
    chrt -r 1 "$bin" "${1:-200}" 0
    echo
    chrt -r 1 "$bin" 50 --breakdown
else
    echo "(chrt -r 1 not permitted here: no real-time figures)"
    "$bin" 50 --breakdown
fi
