"""Read a Parquet file with pyarrow and pandas; print rows, metadata and dtypes as JSON.

Usage: python3 pyarrow_read.py FILE
Values use the JSON conventions of `bon parquet cat` (binary as base64, dates/timestamps ISO 8601).
"""
import base64
import datetime
import json
import math
import sys

import numpy as np
import pandas as pd
import pyarrow.parquet as pq


def plain(value):
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


path = sys.argv[1]
table = pq.read_table(path)
frame = pd.read_parquet(path)
rows = [plain(r) for r in table.to_pylist()]
# pandas must agree with pyarrow row by row (None and NaN both mean null for pandas).
def normal(value):
    if isinstance(value, np.ndarray):
        return [normal(v) for v in value]
    if isinstance(value, np.generic):
        return normal(value.item())
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.tz_localize(None).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, (list, tuple)):
        return [normal(v) for v in value]
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items()}
    return plain(value)


records = frame.to_dict("records")
assert len(records) == len(rows), (len(records), len(rows))
for index, (got, want) in enumerate(zip(records, rows)):
    for key, value in want.items():
        other = normal(got[key])
        if isinstance(value, float) and isinstance(other, float):
            assert abs(value - other) < 1e-9, (index, key, other, value)
        else:
            assert other == value, (index, key, other, value)
print(json.dumps({
    "rows": rows,
    "metadata": {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()},
    "schema": {f.name: str(f.type) for f in table.schema},
    "dtypes": {k: str(v) for k, v in frame.dtypes.items()},
    "num_row_groups": pq.ParquetFile(path).metadata.num_row_groups,
}))
