#!/usr/bin/env bash
# Tool mocks, refusal detection and persona scoring in release, beside a naive phrase-list refusal detector.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product ToolsBenchmarks
"$(swift build -c release --show-bin-path)/ToolsBenchmarks" ..
