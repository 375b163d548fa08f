#!/usr/bin/env bash
# Sandbox cost: print(1) in bon's bubblewrap sandbox vs bare python3 (same process, interleaved),
# then the throughput of 1,000 short sandboxed runs on the pool (sized to the cores).
# Usage: Benchmarks/sandbox.sh [samples=200] [throughput-runs=1000]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product SandboxBenchmark >&2
"$(swift build -c release --show-bin-path)/SandboxBenchmark" "${1:-200}" "${2:-1000}"
