"""Grades the first N pairs with HuggingFace math-verify (README defaults) and prints the same figures."""
import json
import sys
import time

t0 = time.perf_counter()
from math_verify import parse, verify  # noqa: E402
import_seconds = time.perf_counter() - t0

path, n = sys.argv[1], int(sys.argv[2])
pairs = []
with open(path) as f:
    for line in f:
        pairs.append(json.loads(line))
        if len(pairs) >= n:
            break
durations = []
agree = fp = fn = 0
start = time.perf_counter()
for p in pairs:
    t = time.perf_counter()
    try:
        ok = bool(verify(parse(p["gold"]), parse(p["response"])))
    except Exception:
        ok = False
    durations.append((time.perf_counter() - t) * 1e6)
    expected = p["expected"] == "correct"
    agree += ok == expected
    fp += ok and not expected
    fn += (not ok) and expected
total = time.perf_counter() - start
durations.sort()
pct = lambda q: durations[min(len(durations) - 1, int(len(durations) * q))]
print(f"mathvrf  cases={len(pairs)}  cases/s={len(pairs) / total:.0f}  p50={pct(0.5):.1f} us  p99={pct(0.99):.1f} us  "
      f"agree={agree / len(pairs) * 100:.2f}%  FP={fp}  FN={fn}  import={import_seconds * 1000:.0f} ms")
print(f"RATE {len(pairs) / total:.3f}")
