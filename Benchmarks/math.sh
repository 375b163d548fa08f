#!/usr/bin/env bash
# Math verification benchmark: bon's native checker against HuggingFace math-verify on the same pairs.
#   Benchmarks/math.sh [PAIRS] [MATH_VERIFY_SAMPLE]
# Generates PAIRS (default 100000) labelled Nemotron-style pairs (math/make_pairs.py), builds in release,
# grades all of them with bon's checker on one core and an evenly spread sample (default 1000) of the same
# pairs with math-verify (installed from PyPI into a private venv, benchmark only), and prints both rows,
# the speed ratio, the agreement between the two checkers, and bon's start-up (process start to first
# verdict). Set BON_BENCH_VENV to reuse another venv.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pairs_count="${1:-100000}"
sample="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) (other jobs share these cores)"
python3 "$here/math/make_pairs.py" "$pairs_count" "$work/pairs.jsonl"

swift build -c release --package-path "$here" --product MathBenchmark >/dev/null
swift build -c release --package-path "$here" --product bon >/dev/null
bin="$(swift build -c release --package-path "$here" --show-bin-path)"

venv="${BON_BENCH_VENV:-$HOME/.cache/bon-bench-venv}"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import math_verify' 2>/dev/null || "$venv/bin/pip" install -q 'math-verify==0.9.0'

# Both checkers run single-threaded (one core). The machine may be shared, so each also reports cases per
# CPU-second of its own thread, which other processes do not inflate.
ours="$("$bin/MathBenchmark" "$work/pairs.jsonl" "$work/bon.tsv")"
theirs="$("$venv/bin/python" "$here/math/math_verify_sample.py" "$work/pairs.jsonl" "$sample" "$work/mv.tsv")"

echo
echo "bon by category (all $pairs_count pairs; FP = wrong answer accepted, FN = right answer missed):"
echo "$ours" | grep -v '^bon '
echo
echo "$ours" | grep '^bon '
echo "$theirs" | grep -v '^RATE'
ours_rate="$(echo "$ours" | grep '^bon ' | sed -E 's/.* cases\/s=([0-9.]+).*/\1/')"
ours_cpu="$(echo "$ours" | grep '^bon ' | sed -E 's/.*cases\/cpu-s=([0-9.]+).*/\1/')"
their_rate="$(echo "$theirs" | grep '^RATE' | cut -d' ' -f2)"
their_cpu="$(echo "$theirs" | grep '^RATE' | cut -d' ' -f3)"
python3 -c "print(f'speed ratio: {float($ours_rate) / float($their_rate):.0f}x math-verify by wall time, '
                  f'{float($ours_cpu) / float($their_cpu):.0f}x by CPU time (targets: >= 200x, >= 20000 cases/s)')"

# Start-up. The checker: spawn of a process that links Verification to its first verdict (the child reads the
# clock when the verdict is ready). `bon verify math`: the whole CLI process, spawn to exit, which adds
# ArgumentParser's command tree and process exit. Median and best of 30 each.
python3 - "$bin/MathBenchmark" "$bin/bon" <<'PY'
import os, statistics, subprocess, sys, time
gold, response = "\\frac{1}{2}", "The answer is $0.5$."
checker, cli = [], []
for _ in range(30):
    env = dict(os.environ, BON_SPAWN_NS=str(time.monotonic_ns()))
    out = subprocess.run([sys.argv[1], "--startup", gold, response], env=env, capture_output=True, text=True, check=True)
    checker.append(float(out.stdout.split()[0].split("=")[1]) / 1000)
    t = time.perf_counter()
    subprocess.run([sys.argv[2], "verify", "math", "--gold", gold, "--response", response], stdout=subprocess.DEVNULL, check=True)
    cli.append((time.perf_counter() - t) * 1000)
print(f"start-up, process spawn to first verdict (checker): median {statistics.median(checker):.1f} ms, "
      f"best {min(checker):.1f} ms (target < 20 ms)")
print(f"start-up, bon verify math, one pair, whole process to exit: median {statistics.median(cli):.1f} ms, "
      f"best {min(cli):.1f} ms")
PY

echo
python3 "$here/math/compare.py" "$work/pairs.jsonl" "$work/bon.tsv" "$work/mv.tsv" 8
