#!/usr/bin/env python3
"""Writes the bundled Nemotron-format sample under data/nemotron-sample/ from scripts/nemotron-sample/*.yaml.

The output mirrors nvidia/Nemotron-Post-Training-Dataset-v1: Parquet files named as `datasets.push_to_hub`
names them (data/{prefix}-00000-of-00001.parquet; the tool-calling split's prefix is `tool`), the v1 Arrow
schema (messages: list<struct<role, content, tool_calls: list<struct<id, type, function: struct<name,
arguments>>>>>, metadata as a JSON string), snappy compression, small row groups so readers meet several,
and a README.md dataset card whose `configs` map each split to its files.

Every code row's reference solution is run on its examples first; the script refuses to write the sample
when one disagrees. Needs pyarrow and PyYAML (scripts/bootstrap installs both). Deterministic: the same
sources give byte-identical files.

Usage: scripts/make-nemotron-sample.py [OUTPUT_DIR]   (default: data/nemotron-sample)
"""

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "nemotron-sample"
NAMESPACE = uuid.UUID("5f0e7c2a-93d4-4c39-9a51-6a0d1f3b2e10")
ROW_GROUP_SIZE = 8
LICENSE = "cc-by-4.0"

TOOL_CALL = pa.struct(
    [
        ("id", pa.string()),
        ("type", pa.string()),
        ("function", pa.struct([("name", pa.string()), ("arguments", pa.string())])),
    ]
)
MESSAGE = pa.struct([("role", pa.string()), ("content", pa.string()), ("tool_calls", pa.list_(TOOL_CALL))])
SCHEMA = pa.schema(
    [
        ("uuid", pa.string()),
        ("license", pa.string()),
        ("generator", pa.string()),
        ("version", pa.string()),
        ("category", pa.string()),
        ("reasoning", pa.string()),
        ("messages", pa.list_(MESSAGE)),
        ("metadata", pa.string()),
    ]
)
# The card's `dataset_info.features`, also stored in each file's `huggingface` key as `datasets` does.
FEATURES = {
    "uuid": {"dtype": "string", "_type": "Value"},
    "license": {"dtype": "string", "_type": "Value"},
    "generator": {"dtype": "string", "_type": "Value"},
    "version": {"dtype": "string", "_type": "Value"},
    "category": {"dtype": "string", "_type": "Value"},
    "reasoning": {"dtype": "string", "_type": "Value"},
    "messages": [
        {
            "role": {"dtype": "string", "_type": "Value"},
            "content": {"dtype": "string", "_type": "Value"},
            "tool_calls": [
                {
                    "id": {"dtype": "string", "_type": "Value"},
                    "type": {"dtype": "string", "_type": "Value"},
                    "function": {
                        "name": {"dtype": "string", "_type": "Value"},
                        "arguments": {"dtype": "string", "_type": "Value"},
                    },
                }
            ],
        }
    ],
    "metadata": {"dtype": "string", "_type": "Value"},
}
# split name -> file prefix, as in v1 (the tool-calling files start with `tool-`).
SPLITS = [("math", "math"), ("code", "code"), ("tool_calling", "tool")]


def row_uuid(split, key):
    return str(uuid.uuid5(NAMESPACE, f"{split}\n{key}"))


def message(role, content, tool_calls=None):
    return {"role": role, "content": content, "tool_calls": tool_calls}


def with_think(think, text):
    return f"<think>\n{think}\n</think>\n\n{text}" if think else text


def row(split, key, messages, reasoning="on", generator="DeepSeek-R1-0528", metadata="{}"):
    return {
        "uuid": row_uuid(split, key),
        "license": LICENSE,
        "generator": generator,
        "version": "v1",
        "category": split,
        "reasoning": reasoning,
        "messages": messages,
        "metadata": metadata,
    }


def math_rows(items):
    rows = []
    for item in items:
        messages = []
        if "system" in item:
            messages.append(message("system", item["system"]))
        messages.append(message("user", item["problem"]))
        think = item.get("think")
        messages.append(message("assistant", with_think(think, item["answer"])))
        assert "\\boxed{" in item["answer"], item["problem"]
        rows.append(row("math", item["problem"], messages, reasoning="on" if think else "off"))
    return rows


def render_stdio(item):
    parts = [item["statement"].strip(), "", "-----Input-----", "", item["input"].strip(), ""]
    parts += ["-----Output-----", "", item["output"].strip(), "", "-----Examples-----"]
    for example in item["examples"]:
        parts += ["Input", example["input"].rstrip("\n"), "", "Output", example["output"].rstrip("\n"), ""]
    return "\n".join(parts).rstrip() + "\n"


def render_function(item):
    parts = [item["statement"].strip(), ""]
    for index, example in enumerate(item["examples"], 1):
        args = ", ".join(f"{name} = {value}" for name, value in example["args"].items())
        parts += [f"Example {index}:", "", f"Input: {args}", f"Output: {example['output']}", ""]
    return "\n".join(parts).rstrip() + "\n"


def check_solution(item):
    """Runs the reference solution on every example; raises when one disagrees."""
    for example in item["examples"]:
        if item["style"] == "stdio":
            result = subprocess.run(
                [sys.executable, "-c", item["solution"]],
                input=example["input"],
                capture_output=True,
                text=True,
                timeout=20,
            )
            if result.returncode != 0 or result.stdout.split() != example["output"].split():
                raise SystemExit(f"code row {item['statement'][:40]!r}: got {result.stdout!r} {result.stderr!r}")
        else:
            namespace = {}
            exec(item["solution"], namespace)
            name = item["statement"].split("`")[1].split("(")[0]
            args = {key: eval(value) for key, value in example["args"].items()}
            got = namespace[name](**args)
            if got != eval(example["output"]):
                raise SystemExit(f"code row {name}: got {got!r}, expected {example['output']}")


def code_rows(items):
    rows = []
    for item in items:
        check_solution(item)
        statement = render_stdio(item) if item["style"] == "stdio" else render_function(item)
        answer = f"{item['approach']}\n\n```python\n{item['solution']}```"
        messages = [message("user", statement), message("assistant", with_think(item["think"], answer))]
        rows.append(row("code", statement, messages))
    return rows


def tool_rows(source):
    definitions = source["tools"]
    rows = []
    for item in source["rows"]:
        tools = [
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": definitions[name]["description"],
                    "parameters": definitions[name]["parameters"],
                },
            }
            for name in item["tools"]
        ]
        messages = []
        if "system" in item:
            messages.append(message("system", item["system"]))
        messages.append(message("user", item["user"]))
        call_number = 0
        for step in item["steps"]:
            calls = []
            for call in step["calls"]:
                assert call["name"] in item["tools"], call["name"]
                call_number += 1
                arguments = json.dumps(call["arguments"], ensure_ascii=False)
                calls.append(
                    {"id": f"call_{call_number}", "type": "function", "function": {"name": call["name"], "arguments": arguments}}
                )
            assert len(step["results"]) == len(calls), item["user"]
            messages.append(message("assistant", f"<think>\n{step['think']}\n</think>", calls))
            for result in step["results"]:
                messages.append(message("tool", json.dumps(result, ensure_ascii=False)))
        final_think = item.get("think", "I have everything I need to answer.")
        messages.append(message("assistant", with_think(final_think, item["final"])))
        metadata = json.dumps({"tools": tools}, ensure_ascii=False)
        rows.append(row("tool_calling", item["user"], messages, generator="Qwen3-235B-A22B", metadata=metadata))
    return rows


def write_split(rows, path):
    """Writes one split's file and returns its uncompressed Arrow size (the card's `num_bytes`)."""
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    info = {"info": {"features": FEATURES}}
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"huggingface": json.dumps(info).encode()})
    pq.write_table(table, path, row_group_size=ROW_GROUP_SIZE, compression="snappy")
    return table.nbytes


def card_features(features):
    """The card's YAML form of the features: a list of {name, dtype} / {name, list} / {name, struct}."""

    def feature(name, value):
        if isinstance(value, list):
            return {"name": name, "list": [feature(k, v) for k, v in value[0].items()]}
        if "_type" not in value:
            return {"name": name, "struct": [feature(k, v) for k, v in value.items()]}
        return {"name": name, "dtype": value["dtype"]}

    return [feature(name, value) for name, value in features.items()]


def card(counts, sizes):
    features = yaml.safe_dump({"features": card_features(FEATURES)}, sort_keys=False, default_flow_style=None).rstrip()
    splits = "\n".join(
        f"  - name: {split}\n    num_bytes: {sizes[split]}\n    num_examples: {counts[split]}" for split, _ in SPLITS
    )
    files = "\n".join(f"  - split: {split}\n    path: data/{prefix}-*" for split, prefix in SPLITS)
    return f"""---
license: cc-by-4.0
language:
- en
configs:
- config_name: default
  data_files:
{files}
dataset_info:
{features.replace(chr(10), chr(10) + "  ").replace("features:", "  features:", 1)}
  splits:
{splits}
---

# Nemotron post-training sample (bon)

A small dataset written by the `bon` authors in exactly the row format and file layout of
[nvidia/Nemotron-Post-Training-Dataset-v1](https://huggingface.co/datasets/nvidia/Nemotron-Post-Training-Dataset-v1),
so that `bon` runs a real experiment offline (`experiments/quickstart.yaml`). The prompts, answers, programs
and tool calls are our own; none is copied from NVIDIA's dataset.

| split | rows | files |
|---|---|---|
| math | {counts['math']} | `data/math-*` |
| code | {counts['code']} | `data/code-*` |
| tool_calling | {counts['tool_calling']} | `data/tool-*` |

- **math**: one problem per row, the reference answer is the last `\\boxed{{}}` of the assistant message; the
  answers cover the kinds of the math answer policy (integers, fractions, surds, repeating decimals, percent,
  units, intervals, sets, matrices, equations, multiple choice, words, bases, complex numbers, ...).
- **code**: competitive-programming statements with `-----Examples-----` (stdin/stdout) and a few
  function-style tasks with examples; the assistant message ends with a reference solution in a fenced
  Python block that passes every example.
- **tool_calling**: `metadata` is a JSON string `{{"tools": [...]}}` (OpenAI function format); assistant turns
  carry `tool_calls` whose `arguments` are JSON strings, followed by one `tool` turn per call, in order.

Regenerate with `scripts/make-nemotron-sample.py` from the sources in `scripts/nemotron-sample/`.
"""


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "nemotron-sample"
    (out / "data").mkdir(parents=True, exist_ok=True)
    load = lambda name: yaml.safe_load((SOURCES / f"{name}.yaml").read_text())
    rows = {
        "math": math_rows(load("math")),
        "code": code_rows(load("code")),
        "tool_calling": tool_rows(load("tool_calling")),
    }
    sizes = {}
    for split, prefix in SPLITS:
        path = out / "data" / f"{prefix}-00000-of-00001.parquet"
        sizes[split] = write_split(rows[split], path)
    counts = {split: len(items) for split, items in rows.items()}
    (out / "README.md").write_text(card(counts, sizes))
    print(", ".join(f"{split}: {count} rows" for split, count in counts.items()))


if __name__ == "__main__":
    main()
