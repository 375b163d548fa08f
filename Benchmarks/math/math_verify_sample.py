"""Grades an evenly spread sample of the pairs with HuggingFace math-verify, as its README does, and prints
the same figures as MathBenchmark.

    python math_verify_sample.py PAIRS.jsonl SAMPLE VERDICTS.tsv

The gold is parsed as the box it came from (`\\boxed{gold}`, the way a Nemotron reference solution ends);
the response is parsed whole; `verify(gold, answer)` with the defaults (LaTeX and expression extraction,
`float_rounding=6`). An exception counts as "not verified". Writes `id<TAB>correct|incorrect` per graded pair.
"""
import json
import sys
import time

t0 = time.perf_counter()
from math_verify import parse, verify  # noqa: E402

import_seconds = time.perf_counter() - t0

path, sample, verdicts_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(path) as f:
    lines = f.readlines()
step = max(1, len(lines) // max(1, sample))
pairs = [json.loads(line) for line in lines[::step][:sample]]

durations = []
cpu_durations = []
agree = fp = fn = labelled = 0
out = []
start = time.perf_counter()
cpu_start = time.thread_time()
for p in pairs:
    t = time.perf_counter()
    c = time.thread_time()
    try:
        ok = bool(verify(parse("\\boxed{" + p["gold"] + "}"), parse(p["response"])))
    except Exception:
        ok = False
    durations.append((time.perf_counter() - t) * 1e6)
    cpu_durations.append((time.thread_time() - c) * 1e6)
    out.append(f"{p['id']}\t{'correct' if ok else 'incorrect'}\n")
    expected = p.get("expected")
    if expected is None:
        continue
    labelled += 1
    agree += ok == (expected == "correct") if expected != "no_answer" else not ok
    fp += ok and expected != "correct"
    fn += (not ok) and expected == "correct"
total = time.perf_counter() - start
cpu_total = time.thread_time() - cpu_start
with open(verdicts_path, "w") as f:
    f.writelines(out)
durations.sort()
cpu_durations.sort()
pct = lambda q, xs=durations: xs[min(len(xs) - 1, int(len(xs) * q))]
print(
    f"mathvrf  cases={len(pairs)}  cases/s={len(pairs) / total:.0f}  cases/cpu-s={len(pairs) / cpu_total:.0f}  p50={pct(0.5):.1f} us  p99={pct(0.99):.1f} us  "
    f"cpu-p50={pct(0.5, cpu_durations):.1f} us  cpu-p99={pct(0.99, cpu_durations):.1f} us  "
    f"max={durations[-1]:.0f} us  import={import_seconds * 1000:.0f} ms  "
    f"agree={agree / max(1, labelled) * 100:.2f}%  FP={fp}  FN={fn}"
)
print(f"RATE {len(pairs) / total:.3f} {len(pairs) / cpu_total:.3f}")
