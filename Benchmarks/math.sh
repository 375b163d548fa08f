#!/usr/bin/env bash
# Math verification benchmark: bon's native checker against HuggingFace math-verify on the same pairs.
#   Benchmarks/math.sh [PAIRS] [MATH_VERIFY_SAMPLE]
# Builds in release, grades PAIRS (default 100000) synthetic labelled pairs on one core, grades the first
# MATH_VERIFY_SAMPLE (default 1000) of them with math-verify (installed from PyPI into a private venv), and
# prints both rows, the speed ratio and bon's start-up time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pairs_count="${1:-100000}"
sample="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/math/make_pairs.py" "$pairs_count" "$work/pairs.jsonl"

(cd "$here" && swift build -c release --product MathBenchmark >/dev/null)
bench="$(cd "$here" && swift build -c release --show-bin-path)/MathBenchmark"
(cd "$here/.." && swift build -c release --product bon >/dev/null)
bon="$(cd "$here/.." && swift build -c release --show-bin-path)/bon"

venv="${BON_BENCH_VENV:-$HOME/.cache/bon-bench-venv}"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import math_verify' 2>/dev/null || "$venv/bin/pip" install -q 'math-verify[antlr4_13_2]==0.9.0' \
    || "$venv/bin/pip" install -q 'math-verify[antlr4_13_2]'

pin=""
if command -v taskset >/dev/null; then pin="taskset -c 0"; fi
ours="$($pin "$bench" "$work/pairs.jsonl")"
theirs="$($pin "$venv/bin/python" "$here/math/math_verify_sample.py" "$work/pairs.jsonl" "$sample")"
echo "$ours"
echo "$theirs" | grep -v '^RATE'

ours_rate="$(echo "$ours" | sed -E 's/.*cases\/s=([0-9.]+).*/\1/')"
their_rate="$(echo "$theirs" | grep '^RATE' | cut -d' ' -f2)"
python3 -c "print(f'speed ratio: {float($ours_rate) / float($their_rate):.0f}x math-verify')"

# Start-up: the wall time of one `bon verify math` process, best of 20.
python3 - "$bon" <<'PY'
import subprocess, sys, time
best = 1e9
for _ in range(20):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "verify", "math", "--gold", "1/2", "--response", "0.5"], stdout=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - t)
print(f"bon verify math start-up (one pair, whole process): {best * 1000:.1f} ms")
PY
