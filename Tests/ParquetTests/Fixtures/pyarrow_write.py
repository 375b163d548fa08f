"""Write one table with pyarrow under many codec/page/encoding settings; print {file: rows} as JSON.

Usage: python3 pyarrow_write.py OUT_DIR
"""
import base64
import datetime
import json
import os
import sys

import pyarrow as pa
import pyarrow.parquet as pq

N = 300
MSG = pa.struct([("role", pa.string()), ("content", pa.string())])
UTC = datetime.timezone.utc


def row(i):
    return {
        "id": f"q{i}",
        "split": ["math", "code", "tool_calling"][i % 3],
        "idx": i % 7 if i % 11 else None,
        "flag": None if i % 13 == 0 else i % 3 == 0,
        "score": None if i % 5 == 0 else i * 0.25 - 10,
        "big": i * 1_000_003 - 2**40,
        "small": (i % 200) - 100,
        "ratio": float(i % 16) / 2,
        "day": datetime.date(2024, 1, 1) + datetime.timedelta(days=i),
        "at": datetime.datetime(2024, 1, 2, 3, 4, 5, i, tzinfo=UTC),
        "blob": bytes([i % 256, (i * 7) % 256]) if i % 4 else None,
        "tags": None if i % 9 == 0 else [f"t{j}" for j in range(i % 4)],
        "matrix": [[j * i for j in range(k)] for k in range(i % 3)],
        "messages": None if i % 17 == 0 else [
            {"role": "user", "content": f"question {i} " + "x" * (i % 50)},
            {"role": "assistant", "content": None if i % 6 == 0 else f"answer {i}"},
        ][: i % 3],
        "info": None if i % 8 == 0 else {"name": f"n{i}", "count": i},
    }


SCHEMA = pa.schema([
    ("id", pa.string()), ("split", pa.string()), ("idx", pa.int32()), ("flag", pa.bool_()),
    ("score", pa.float64()), ("big", pa.int64()), ("small", pa.int8()), ("ratio", pa.float32()),
    ("day", pa.date32()), ("at", pa.timestamp("us", tz="UTC")), ("blob", pa.binary()),
    ("tags", pa.list_(pa.string())), ("matrix", pa.list_(pa.list_(pa.int64()))),
    ("messages", pa.list_(MSG)), ("info", pa.struct([("name", pa.string()), ("count", pa.int32())])),
])


def plain(value):
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


out = sys.argv[1]
table = pa.Table.from_pylist([row(i) for i in range(N)], schema=SCHEMA)
table = table.replace_schema_metadata({"origin": "pyarrow"})
variants = {}
for codec in ["none", "snappy", "gzip", "zstd"]:
    for page in ["1.0", "2.0"]:
        for dictionary in [True, False]:
            variants[f"{codec}-v{page[0]}-{'dict' if dictionary else 'plain'}"] = dict(
                compression=codec, data_page_version=page, use_dictionary=dictionary)
variants["format-1.0"] = dict(version="1.0")
variants["small-pages"] = dict(data_page_size=256, row_group_size=70, write_batch_size=16)
variants["small-pages-v2"] = dict(data_page_size=256, row_group_size=70, write_batch_size=16,
                                  data_page_version="2.0", compression="zstd")
variants["page-index-crc"] = dict(write_page_index=True, write_page_checksum=True)
variants["delta"] = dict(use_dictionary=False, column_encoding={
    "id": "DELTA_BYTE_ARRAY", "split": "DELTA_LENGTH_BYTE_ARRAY", "big": "DELTA_BINARY_PACKED",
    "idx": "DELTA_BINARY_PACKED", "score": "BYTE_STREAM_SPLIT", "ratio": "BYTE_STREAM_SPLIT"})
for name, options in variants.items():
    pq.write_table(table, os.path.join(out, name + ".parquet"), **options)
print(json.dumps({"files": sorted(variants), "rows": [plain(r) for r in table.to_pylist()]}))
