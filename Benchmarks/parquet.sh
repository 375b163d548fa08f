#!/usr/bin/env bash
# Parquet benchmark: bon's pure-Swift writer/reader vs pyarrow on the same result-shaped rows.
# Usage: Benchmarks/parquet.sh [ROWS=1000000] [CODEC=snappy] [ROUNDS=3]
# Each round runs pyarrow's and bon's phases back to back (interleaved, so a busy machine slows both alike);
# the table shows each figure's best round and, in brackets, its median.
set -euo pipefail
cd "$(dirname "$0")"
ROWS="${1:-1000000}"
CODEC="${2:-snappy}"
ROUNDS="${3:-3}"
OUT="$(mktemp -d)"
swift build -c release --product ParquetBenchmark >&2
BIN="$(swift build -c release --show-bin-path)/ParquetBenchmark"
echo "rows: $ROWS, codec: $CODEC, rounds: $ROUNDS, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PYFILE="$OUT/pyarrow.parquet"
BONFILE="$OUT/bon.parquet"
ROWFILE="$OUT/bon-rows.parquet"
coproc PYARROW { exec python3 parquet_pyarrow.py "$ROWS" "$CODEC" "$PYFILE"; }
PYPID=$PYARROW_PID
trap 'kill "$PYPID" 2>/dev/null || true; rm -rf "$OUT"' EXIT
read -r ready <&"${PYARROW[0]}"
[[ "$ready" == ready ]] || { echo "pyarrow side failed to start" >&2; exit 1; }
pyarrow() {
    echo "$*" >&"${PYARROW[1]}"
    local line
    read -r line <&"${PYARROW[0]}"
    echo "$line"
}
RESULTS="$OUT/results.jsonl"
for round in $(seq "$ROUNDS"); do
    echo "round $round/$ROUNDS (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    echo "{\"round\": $round, \"tool\": \"pyarrow\", \"phase\": \"write\", \"figures\": $(pyarrow write)}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"bon\", \"phase\": \"write\", \"figures\": $("$BIN" write-columns "$ROWS" "$CODEC" "$BONFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"bon\", \"phase\": \"write_rows\", \"figures\": $("$BIN" write-rows "$ROWS" "$CODEC" "$ROWFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"pyarrow\", \"phase\": \"read\", \"figures\": $(pyarrow read "$PYFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"bon\", \"phase\": \"read\", \"figures\": $("$BIN" read "$ROWS" "$CODEC" "$BONFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"pyarrow\", \"phase\": \"typed\", \"figures\": $(pyarrow typed "$PYFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"bon\", \"phase\": \"typed\", \"figures\": $("$BIN" typed "$ROWS" "$CODEC" "$BONFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"pyarrow\", \"phase\": \"read_other\", \"figures\": $(pyarrow read "$BONFILE")}" >>"$RESULTS"
    echo "{\"round\": $round, \"tool\": \"bon\", \"phase\": \"read_other\", \"figures\": $("$BIN" read "$ROWS" "$CODEC" "$PYFILE")}" >>"$RESULTS"
done
echo quit >&"${PYARROW[1]}"
python3 - "$RESULTS" <<'PYEOF'
import json, statistics, sys
entries = [json.loads(line) for line in open(sys.argv[1])]
def values(tool, phase, key="seconds"):
    return [e["figures"][key] for e in entries if e["tool"] == tool and e["phase"] == phase]
def cell(numbers):
    return f"{min(numbers):7.3f} ({statistics.median(numbers):7.3f})" if numbers else f"{'-':>17}"
print(f"{'seconds: best (median)':<34} {'bon':>17} {'pyarrow':>17}  bon/pyarrow best (median)")
for label, phase, peer in [
    ("write, append(columns:)", "write", "write"),
    ("write, append(_:) row by row", "write_rows", "write"),
    ("read all columns", "read", "read"),
    ("read 6 columns, typed", "typed", "typed"),
    ("read the other's file", "read_other", "read_other"),
]:
    ours, theirs = values("bon", phase), values("pyarrow", peer)
    ratio = (f"{min(ours) / min(theirs):5.2f}x ({statistics.median(ours) / statistics.median(theirs):5.2f}x)"
             if ours and theirs else "")
    print(f"{label:<34} {cell(ours)} {cell(theirs)}  {ratio}")
close = values("bon", "write", "close_seconds")
print(f"  (bon's write includes close(): last row group, footer, fsync, rename; median {statistics.median(close):.3f} s)")
print(f"{'file size (MiB)':<34} {min(values('bon', 'write', 'file_mib')):>17.1f} "
      f"{min(values('pyarrow', 'write', 'file_mib')):>17.1f}")
peak = lambda phase: max(values("bon", phase, "peak_mib"))
print(f"bon peak RSS (MiB): write (columns) {peak('write'):.0f}, write (rows) {peak('write_rows'):.0f}, "
      f"read {peak('read'):.0f}, typed {peak('typed'):.0f}, read pyarrow's file {peak('read_other'):.0f}; "
      f"pyarrow process (whole table in memory) {max(values('pyarrow', 'read', 'peak_mib')):.0f}")
PYEOF
