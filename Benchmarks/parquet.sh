#!/usr/bin/env bash
# Parquet benchmark: bon's pure-Swift writer/reader vs pyarrow on the same result-shaped rows.
# Usage: Benchmarks/parquet.sh [ROWS=1000000] [CODEC=snappy]
set -euo pipefail
cd "$(dirname "$0")"
ROWS="${1:-1000000}"
CODEC="${2:-snappy}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
swift build -c release --product ParquetBenchmark >&2
BIN="$(swift build -c release --show-bin-path)/ParquetBenchmark"
echo "rows: $ROWS, codec: $CODEC, row groups of 100000 rows" >&2
PY="$(python3 parquet_pyarrow.py "$ROWS" "$CODEC" "$OUT")"
PYFILE="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["path"])' "$PY")"
BON="$("$BIN" "$ROWS" "$CODEC" "$OUT" "$PYFILE")"
BONFILE="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["path"])' "$BON")"
CROSS="$(python3 - "$BONFILE" <<'PYEOF'
import sys, time, pyarrow.parquet as pq
start = time.perf_counter(); t = pq.read_table(sys.argv[1]); print(f"{time.perf_counter() - start:.3f}")
PYEOF
)"
python3 - "$BON" "$PY" "$CROSS" <<'PYEOF'
import json, sys
bon, py, cross = json.loads(sys.argv[1]), json.loads(sys.argv[2]), float(sys.argv[3])
def row(name, a, b):
    ratio = f"{a / b:5.2f}x" if b else "   -"
    print(f"{name:<34} {a:>10.3f} {b:>10.3f} {ratio}")
print(f"{'':<34} {'bon':>10} {'pyarrow':>10} bon/pyarrow")
row("write (s)", bon["write_seconds"], py["write_seconds"])
print(f"  (bon's write includes close: last row group, footer, fsync, rename = {bon['close_seconds']:.3f} s)")
row("read all columns (s)", bon["read_seconds"], py["read_seconds"])
row("read 6 columns, typed (s)", bon["typed_columns_seconds"], py["typed_columns_seconds"])
row("read the other's file (s)", bon.get("read_pyarrow_file_seconds", 0), cross)
row("file size (MiB)", bon["file_mib"], py["file_mib"])
print(f"bon peak memory: write {bon['write_peak_mib']:.0f} MiB, read {bon['read_peak_mib']:.0f} MiB; "
      f"pyarrow peak (whole table in memory) {py['peak_mib']:.0f} MiB")
PYEOF
