"""Prints, as JSON, the numbers researchers computed with pandas on a bon result file.

Per split and overall: rows, queries, verified rate (df.groupby('split')['is_verified'].mean()),
first-candidate rate (rows with candidate_idx == 0) and any-candidate rate (per query any).
Usage: python3 pandas_stats.py FILE.parquet
"""
import json
import sys

import pandas as pd

df = pd.read_parquet(sys.argv[1], columns=["query_id", "split", "candidate_idx", "is_verified"])
out = {}
verified = df.groupby("split")["is_verified"].mean()
first = df[df["candidate_idx"] == 0].groupby("split")["is_verified"].mean()
per_query = df.groupby(["split", "query_id"])["is_verified"].any()
coverage = per_query.groupby("split").mean()
for split in verified.index:
    out[split] = {
        "rows": int((df["split"] == split).sum()),
        "queries": int(per_query.loc[split].shape[0]),
        "verified": float(verified[split]),
        "first": float(first.get(split, float("nan"))),
        "any": float(coverage[split]),
    }
out["overall"] = {
    "rows": int(len(df)),
    "queries": int(df["query_id"].nunique()),
    "verified": float(df["is_verified"].mean()),
    "first": float(df[df["candidate_idx"] == 0]["is_verified"].mean()),
    "any": float(df.groupby("query_id")["is_verified"].any().mean()),
}
print(json.dumps(out))
