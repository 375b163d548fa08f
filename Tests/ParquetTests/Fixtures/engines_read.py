"""Read a Parquet file with polars and DuckDB; print both engines' rows and DuckDB's key/value metadata.

Usage: python3 engines_read.py FILE   (values use the JSON conventions of `bon parquet cat`)
"""
import base64
import datetime
import json
import math
import sys

import duckdb
import polars as pl


def plain(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat() if value.tzinfo \
            else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


path = sys.argv[1]
polars_rows = [plain(r) for r in pl.read_parquet(path).to_dicts()]
connection = duckdb.connect()
connection.execute("SET TimeZone = 'UTC'")
result = connection.execute("SELECT * FROM read_parquet(?)", [path])
names = [d[0] for d in result.description]
duckdb_rows = [plain(dict(zip(names, r))) for r in result.fetchall()]
metadata = {
    bytes(k).decode() if not isinstance(k, str) else k: bytes(v).decode() if not isinstance(v, str) else v
    for k, v in connection.execute("SELECT key, value FROM parquet_kv_metadata(?)", [path]).fetchall()
}
print(json.dumps({"polars": polars_rows, "duckdb": duckdb_rows, "duckdb_metadata": metadata}))
