#!/usr/bin/env bash
# Datasets benchmark: bon's QueryLoader (pure-Swift Parquet + normalisation) beside pyarrow + Python doing the
# same normalisation, on a generated Nemotron-format folder (2 files x 5,000 math rows, row groups of 500).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import os, sys, random
import pyarrow as pa, pyarrow.parquet as pq
out = sys.argv[1]
os.makedirs(out + "/data", exist_ok=True)
rnd = random.Random(1)
for part in range(2):
    rows = []
    for i in range(5000):
        n = part * 5000 + i
        trace = " ".join(rnd.choice(["so", "then", "thus", "x", "y", "=", "+", "2", "3"]) for _ in range(300))
        rows.append({"uuid": f"m-{n}", "license": "cc-by-4.0", "generator": "DeepSeek-R1-0528", "version": "v1",
                     "category": "math", "reasoning": "on",
                     "messages": [{"role": "user", "content": f"Compute {n} + {n}.", "tool_calls": None},
                                  {"role": "assistant", "content": f"<think>{trace}</think>\n\nIt is \\boxed{{{2*n}}}.", "tool_calls": None}],
                     "metadata": "{}"})
    pq.write_table(pa.Table.from_pylist(rows), f"{out}/data/math-{part:05d}-of-00002.parquet", row_group_size=500)
open(out + "/README.md", "w").write("---\nconfigs:\n- config_name: default\n  data_files:\n  - {split: math, path: data/math-*}\n---\n")
PY
swift build -c release --product DatasetsBenchmarks >/dev/null
echo "== ours (bon, release) =="
.build/release/DatasetsBenchmarks "$work" math
echo "== peer (pyarrow $(python3 -c 'import pyarrow; print(pyarrow.__version__)') + Python normalisation) =="
python3 - "$work" <<'PY'
import sys, time, glob, re
import pyarrow.parquet as pq
files = sorted(glob.glob(sys.argv[1] + "/data/math-*.parquet"))
def last_boxed(text):
    i = text.rfind("\\boxed{")
    if i < 0: return None
    depth, j = 0, i + 6
    for k in range(j, len(text)):
        if text[k] == "{": depth += 1
        elif text[k] == "}":
            depth -= 1
            if depth == 0: return text[j + 1:k]
best = float("inf")
for _ in range(3):
    start = time.perf_counter(); count = 0
    for f in files:
        table = pq.read_table(f, columns=["uuid", "messages", "metadata", "category"])
        for row in table.to_pylist():
            msgs = [m for m in row["messages"] if m["role"] != "system"]
            answer = msgs[-1]["content"].split("</think>")[-1]
            if last_boxed(answer) is not None: count += 1
    best = min(best, time.perf_counter() - start)
print(f"peer all rows:   {count:6d} queries in {best:.3f} s ({count / best:.0f} rows/s)")
start = time.perf_counter()
meta = pq.ParquetFile(files[0]).metadata
group = meta.row_group(0)
needed = sum(group.column(c).total_compressed_size for c in range(group.num_columns)
             if group.column(c).path_in_schema.split(".")[0] in ("uuid", "messages", "metadata", "category"))
import os
print(f"peer first 100:  row group 0's needed columns are {needed / 1000:.1f} KB of a {os.path.getsize(files[0]) / 1e6:.1f} MB file (footer excluded)")
PY
