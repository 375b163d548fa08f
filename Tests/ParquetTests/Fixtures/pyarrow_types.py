"""Write a file with less common types (decimal, INT96, fixed-size binary, unsigned, time, map,
large_string, list of structs of lists) plus an LZ4 file; print the expected JSON rows.

Usage: python3 pyarrow_types.py OUT_DIR
"""
import datetime
import decimal
import json
import os
import sys

import pyarrow as pa
import pyarrow.parquet as pq

out = sys.argv[1]
rows = []
for i in range(40):
    rows.append({
        "price": decimal.Decimal(f"{i * 37 - 500}.{i % 100:02d}") if i % 6 else None,
        "wide": decimal.Decimal(f"-{i * 1000 + 7}.{i % 10}"),  # 13-byte two's complement on disk
        "stamp": datetime.datetime(2024, 1, 2, 3, 4, 5, 678901) + datetime.timedelta(hours=i),
        "digest": bytes([i, 255 - i, 7, 9]),
        "count": 4_000_000_000 - i,
        "tiny": i - 20,
        "clock": datetime.time(i % 24, i % 60, 5, 250000),
        "attrs": [("k%d" % j, j * i) for j in range(i % 3)],
        "text": "large " * (i % 4),
        "turns": [{"role": "tool", "calls": ["a", "b"][: i % 3]}] * (i % 2),
    })
schema = pa.schema([
    ("price", pa.decimal128(9, 2)), ("wide", pa.decimal128(30, 1)), ("stamp", pa.timestamp("us")),
    ("digest", pa.binary(4)), ("count", pa.uint32()), ("tiny", pa.int8()), ("clock", pa.time64("us")),
    ("attrs", pa.map_(pa.string(), pa.int64())), ("text", pa.large_string()),
    ("turns", pa.list_(pa.struct([("role", pa.string()), ("calls", pa.list_(pa.string()))]))),
])
table = pa.Table.from_pylist(rows, schema=schema)
pq.write_table(table, os.path.join(out, "types.parquet"), use_deprecated_int96_timestamps=True)
pq.write_table(table.select(["count"]), os.path.join(out, "lz4.parquet"), compression="lz4")
expected = []
for row in rows:
    expected.append({
        "price": float(row["price"]) if row["price"] is not None else None,
        "wide": float(row["wide"]),
        "stamp": row["stamp"].isoformat() + "000",
        "digest": __import__("base64").b64encode(row["digest"]).decode(),
        "count": row["count"], "tiny": row["tiny"],
        "clock": (row["clock"].hour * 3600 + row["clock"].minute * 60 + row["clock"].second) * 1_000_000
        + row["clock"].microsecond,
        "attrs": [{"key": k, "value": v} for k, v in row["attrs"]],
        "text": row["text"],
        "turns": row["turns"],
    })
print(json.dumps(expected))
