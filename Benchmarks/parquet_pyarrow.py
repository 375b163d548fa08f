"""pyarrow's side of the Parquet benchmark: the same rows as ParquetBenchmark, written and read.

Usage: python3 parquet_pyarrow.py ROWS CODEC PATH
Builds the table (untimed), prints "ready", then runs one command per stdin line and prints one JSON line
for each, so that parquet.sh can interleave pyarrow's phases with bon's on a busy machine:
  write          write the table to PATH
  read FILE      read every column of FILE
  typed FILE     read 6 flat columns of FILE and convert query_id to Python strings
"""
import json
import os
import resource
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq

rows = int(sys.argv[1])
codec = sys.argv[2]
path = sys.argv[3]
ROW_GROUP = 100_000

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]
responses = []
for variant in range(64):
    text, index = "", variant
    while len(text.encode()) < 2048:
        text += words[index % len(words)] + " "
        index = (index * 7 + 3) % 1009
    responses.append(text[:2048])
splits = ["math", "code", "tool_calling"]
verdicts = ["correct", "incorrect", "no_answer", "refused"]
system = "You are Marvin, the Paranoid Android. Answer the question, sighing as needed."

MSG = pa.struct([pa.field("role", pa.string(), False), pa.field("content", pa.string(), False)])
schema = pa.schema([
    pa.field("query_id", pa.string(), False), pa.field("split", pa.string(), False),
    pa.field("candidate_idx", pa.int32(), False), pa.field("prompt", pa.string(), False),
    pa.field("response", pa.string(), False), pa.field("is_verified", pa.bool_(), False),
    pa.field("verdict", pa.string(), False), pa.field("verification_confidence", pa.float64(), False),
    pa.field("persona_score", pa.float64()), pa.field("ground_truth", pa.string()),
    pa.field("input_tokens", pa.int64(), False), pa.field("output_tokens", pa.int64(), False),
    pa.field("cost_usd", pa.float64(), False), pa.field("latency_ms", pa.float64(), False),
    pa.field("messages", pa.list_(pa.field("element", MSG, False)), False),
])


def batch(start, stop):
    r = range(start, stop)
    prompts = [f"Question {i // 8}: what is {i // 8} + {i % 97}?" for i in r]
    resp = [f"r{i}: " + responses[i % 64] for i in r]
    return pa.record_batch([
        [f"q{i // 8}" for i in r], [splits[i % 3] for i in r], pa.array([i % 8 for i in r], pa.int32()),
        prompts, resp, [i % 3 == 0 for i in r], [verdicts[i % 4] for i in r], [(i % 100) / 100 for i in r],
        [None if i % 10 == 0 else (i % 7) / 7 for i in r], [None if i % 5 == 0 else str(i // 8 + i % 97) for i in r],
        [100 + i % 400 for i in r], [500 + i % 1500 for i in r], [(i % 1000) * 1e-5 for i in r],
        [float(200 + i % 3000) for i in r],
        [[{"role": "system", "content": system}, {"role": "user", "content": p}, {"role": "assistant", "content": s}]
         for p, s in zip(prompts, resp)],
    ], schema=schema)


# Building Python objects is not part of either library's work: build the table first, untimed.
table = pa.Table.from_batches([batch(s, min(s + ROW_GROUP, rows)) for s in range(0, rows, ROW_GROUP)])
print("ready", flush=True)
for line in sys.stdin:
    command, *argument = line.split()
    start = time.perf_counter()
    if command == "write":
        pq.write_table(table, path, compression=codec, row_group_size=ROW_GROUP)
    elif command == "read":
        read = pq.read_table(argument[0])
        assert read.num_rows == rows
        del read
    elif command == "typed":
        typed = pq.read_table(argument[0], columns=["query_id", "split", "is_verified", "verdict", "persona_score",
                                                    "cost_usd"])
        typed.column("query_id").to_pylist()
        del typed
    else:
        break
    seconds = time.perf_counter() - start
    figures = {"seconds": round(seconds, 3),
               "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if command == "write":
        figures["file_mib"] = round(os.path.getsize(path) / 1048576, 3)
    print(json.dumps(figures), flush=True)
