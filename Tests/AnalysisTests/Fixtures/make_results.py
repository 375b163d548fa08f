"""Writes a synthetic bon result file (DESIGN.md, "The result file") with pyarrow.

Usage: python3 make_results.py OUT.parquet [--queries Q] [--candidates N] [--seed S] [--minimal]
       [--accuracy P] [--row-group-size R] [--compression snappy|zstd|none] [--partial-share F]

Every query gets N candidates (some queries fewer, as after a partial run); splits are math, code and
tool_calling. --minimal writes only the columns the original Python tool wrote
(query_id, split, candidate_idx, is_verified, response). Rows come out grouped by query, as bon writes them.
"""
import argparse

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

VERDICTS_WRONG = np.array(["incorrect", "no_answer", "refused", "timeout", "generation_error", "verifier_error"])
WRONG_WEIGHTS = np.array([0.6, 0.12, 0.1, 0.08, 0.06, 0.04])
METHODS = np.array(["math_symbolic", "math_numeric", "code_execution", "llm_judge"])
REFUSAL_TYPES = np.array(["capability", "policy", "epistemic"])


def flat(values, type=None):
    """A single-chunk pyarrow array (pa.array returns chunks for large inputs)."""
    array = pa.array(values, type)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def build(queries, candidates, seed, accuracy, minimal, partial_share):
    rng = np.random.default_rng(seed)
    # Some queries have fewer candidates (an interrupted run), never fewer than 1.
    counts = np.where(rng.random(queries) < partial_share, rng.integers(1, candidates + 1, queries), candidates)
    rows = int(counts.sum())
    query_of_row = np.repeat(np.arange(queries), counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    candidate_idx = (np.arange(rows) - starts).astype(np.int32)
    split_of_query = rng.choice(np.array(["math", "code", "tool_calling"]), queries, p=[0.5, 0.3, 0.2])
    difficulty = rng.beta(2, 2, queries) * 2 * accuracy
    verified = rng.random(rows) < np.clip(difficulty[query_of_row], 0, 1)
    query_ids = np.char.add("q-", np.char.zfill(np.arange(queries).astype(str), 7))
    table = {
        "query_id": pa.array(query_ids[query_of_row]),
        "split": pa.array(split_of_query[query_of_row]),
        "candidate_idx": pa.array(candidate_idx, pa.int32()),
    }
    if minimal:
        table["is_verified"] = pa.array(verified)
        table["response"] = pa.array(np.char.add("answer ", candidate_idx.astype(str)))
        return pa.table(table), {}

    wrong = rng.choice(VERDICTS_WRONG, rows, p=WRONG_WEIGHTS)
    verdict = np.where(verified, "correct", wrong)
    answers = rng.integers(0, 4, rows).astype(str)
    answer_null = (split_of_query[query_of_row] != "math") | (verdict == "no_answer") | (verdict == "generation_error")
    method = np.where(split_of_query[query_of_row] == "code", "code_execution",
                      np.where(split_of_query[query_of_row] == "math", rng.choice(METHODS[:2], rows), "llm_judge"))
    method = np.where(rng.random(rows) < 0.05, "llm_judge", method)
    refused = verdict == "refused"
    refusal_type = np.where(refused, rng.choice(REFUSAL_TYPES, rows), None)
    persona = np.round(rng.random(rows), 3)
    persona_null = rng.random(rows) < 0.02
    error = np.where(verdict == "generation_error", "HTTP 529 overloaded after 5 retries", None)
    prompts = np.char.add("Question ", query_ids[query_of_row])
    responses = np.char.add("The answer is ", answers)
    # messages: system, user, assistant for every row.
    roles = np.tile(np.array(["system", "user", "assistant"]), rows)
    contents = np.empty(rows * 3, dtype=object)
    contents[0::3] = "You are Marvin, the Paranoid Android."
    contents[1::3] = prompts
    contents[2::3] = responses
    turns = pa.StructArray.from_arrays([flat(roles), flat(contents, pa.string())], names=["role", "content"])
    messages = pa.ListArray.from_arrays(flat(np.arange(0, rows * 3 + 1, 3), pa.int32()), turns)
    input_tokens = rng.integers(50, 400, rows)
    output_tokens = rng.integers(20, 800, rows)
    table.update({
        "prompt": pa.array(prompts),
        "messages": messages,
        "response": pa.array(responses),
        "ground_truth": pa.array(np.where(split_of_query[query_of_row] == "math", "2", None)),
        "extracted_answer": pa.array(np.where(answer_null, None, answers)),
        "is_verified": pa.array(verified),
        "verdict": pa.array(verdict),
        "verification_method": pa.array(method),
        "verification_confidence": pa.array(np.round(rng.random(rows), 3)),
        "verification_explanation": pa.array(np.where(verified, "equivalent", "not equivalent")),
        "refusal_is_refusal": pa.array(refused),
        "refusal_type": pa.array(refusal_type, pa.string()),
        "persona_score": pa.array(np.where(persona_null, np.nan, persona), mask=persona_null),
        "model": pa.array(np.full(rows, "claude-sonnet-4-5")),
        "finish_reason": pa.array(np.full(rows, "end_turn")),
        "input_tokens": pa.array(input_tokens, pa.int64()),
        "output_tokens": pa.array(output_tokens, pa.int64()),
        "cache_read_tokens": pa.array(np.zeros(rows, np.int64)),
        "cache_write_tokens": pa.array(np.zeros(rows, np.int64)),
        "cost_usd": pa.array(input_tokens * 3e-6 + output_tokens * 15e-6),
        "latency_ms": pa.array(np.round(rng.gamma(2.0, 900.0, rows), 1)),
        "error": pa.array(error, pa.string()),
    })
    metadata = {
        "generated_at": "2026-11-25T12:00:00Z",
        "model": "claude-sonnet-4-5",
        "num_candidates": str(candidates),
        "temperature": "0.7",
        "splits": "math,code,tool_calling",
        "total_records": str(rows),
        "config_file": "experiments/marvin/synthetic.yaml",
        "notes": "synthetic result file for tests",
    }
    return pa.table(table), metadata


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--candidates", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--accuracy", type=float, default=0.5)
    parser.add_argument("--minimal", action="store_true")
    parser.add_argument("--row-group-size", type=int, default=None)
    parser.add_argument("--compression", default="snappy")
    parser.add_argument("--partial-share", type=float, default=0.05, help="share of queries with fewer candidates")
    parser.add_argument("--no-dictionary", action="store_true", help="write every column with plain pages")
    parser.add_argument("--dictionary-limit", type=int, default=None,
                        help="dictionary page size limit in bytes (small: dictionaries overflow into plain pages)")
    args = parser.parse_args()
    table, metadata = build(args.queries, args.candidates, args.seed, args.accuracy, args.minimal, args.partial_share)
    existing = table.schema.metadata or {}
    table = table.replace_schema_metadata({**existing, **{k.encode(): v.encode() for k, v in metadata.items()}})
    compression = None if args.compression == "none" else args.compression
    options = {"use_dictionary": False} if args.no_dictionary else {}
    if args.dictionary_limit is not None:
        options["dictionary_pagesize_limit"] = args.dictionary_limit
        options["data_page_size"] = 4096
    pq.write_table(table, args.out, row_group_size=args.row_group_size, compression=compression, **options)


if __name__ == "__main__":
    main()
