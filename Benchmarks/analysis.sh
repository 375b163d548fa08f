#!/usr/bin/env bash
# Times `bon inspect` on a 1,000,000-row result file beside pandas reading the same file and computing the
# same groupby aggregations, in the same run. Target: bon under 1 s and faster than pandas.
# Usage: Benchmarks/analysis.sh [ROWS_IN_THOUSANDS]   (needs python3 with pyarrow and pandas)
set -euo pipefail
cd "$(dirname "$0")/.."
thousands="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/results.parquet"

echo "== writing a ${thousands}k-row result file with pyarrow"
python3 Tests/AnalysisTests/Fixtures/make_results.py "$file" --queries $((thousands * 250)) --candidates 4 \
    --partial-share 0 --seed 7
ls -l "$file" | awk '{printf "   %.1f MB\n", $5 / 1e6}'

echo "== building in release"
swift build -c release --package-path Benchmarks --product AnalysisBenchmarks 2>&1 | tail -1
swift build -c release --product bon 2>&1 | tail -1

echo "== results (best of 3; wall clock and CPU seconds, user + system, all threads)"
echo "   load: $(uptime | sed 's/.*load average/load average/')"
Benchmarks/.build/release/AnalysisBenchmarks "$file" --repeat 3
python3 - "$file" .build/release/bon <<'PY'
import resource, subprocess, sys, time
import pandas as pd

path, bon = sys.argv[1], sys.argv[2]

def best(fn, n=3, child=False):
    """Best wall-clock and best CPU time (user + system, every thread; the child's for a subprocess)."""
    walls, cpus = [], []
    for _ in range(n):
        usage = resource.getrusage(resource.RUSAGE_CHILDREN if child else resource.RUSAGE_SELF)
        start = time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN if child else resource.RUSAGE_SELF)
        cpus.append(after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime)
    return f"{min(walls):.3f} s wall, {min(cpus):.3f} s CPU"

def cli():
    subprocess.run([bon, "inspect", path], check=True, stdout=subprocess.DEVNULL)

def pandas_inspect():
    df = pd.read_parquet(path, columns=["query_id", "split", "candidate_idx", "is_verified", "verdict",
                                        "persona_score", "cost_usd", "latency_ms"])
    df.groupby("split")["is_verified"].mean()
    df[df["candidate_idx"] == 0].groupby("split")["is_verified"].mean()
    df.groupby(["split", "query_id"])["is_verified"].any().groupby("split").mean()
    df.groupby("split")["verdict"].value_counts()
    df.groupby("split")[["persona_score", "cost_usd"]].mean()
    df["latency_ms"].quantile([0.5, 0.95])

def pandas_minimal():
    df = pd.read_parquet(path, columns=["query_id", "split", "candidate_idx", "is_verified"])
    df.groupby("split")["is_verified"].mean()
    df[df["candidate_idx"] == 0].groupby("split")["is_verified"].mean()
    df.groupby(["split", "query_id"])["is_verified"].any().groupby("split").mean()

print(f"bon inspect FILE (CLI, incl. process start):     {best(cli, child=True)}")
print(f"pandas read + groupby, same aggregations:        {best(pandas_inspect)}")
print(f"pandas read + groupby, verified/first/any only:  {best(pandas_minimal)}")
PY
echo "   load: $(uptime | sed 's/.*load average/load average/')"
