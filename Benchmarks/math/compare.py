"""Compares bon's and math-verify's verdicts on the pairs both graded, against the generator's labels.

    python3 compare.py PAIRS.jsonl BON_VERDICTS.tsv MATHVERIFY_VERDICTS.tsv [EXAMPLES]

"Accepted" means verdict `correct`; `incorrect` and `no_answer` both count as not accepted.
"""
import collections
import json
import sys

pairs_path, ours_path, theirs_path = sys.argv[1:4]
examples = int(sys.argv[4]) if len(sys.argv) > 4 else 6


def read(path):
    with open(path) as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip())


ours, theirs = read(ours_path), read(theirs_path)
pairs = {}
with open(pairs_path) as f:
    for line in f:
        p = json.loads(line)
        if p["id"] in theirs:
            pairs[p["id"]] = p

both = agree = 0
kinds = collections.Counter()
by_category = collections.Counter()
shown = collections.defaultdict(list)
for pid, p in pairs.items():
    a, b = ours[pid] == "correct", theirs[pid] == "correct"
    label = p["expected"] == "correct"
    both += 1
    if a == b:
        agree += 1
        continue
    who = "bon right" if a == label else "math-verify right"
    kind = f"bon {'accepts' if a else 'rejects'}, math-verify {'accepts' if b else 'rejects'} ({who})"
    kinds[kind] += 1
    by_category[p["category"]] += 1
    shown[kind].append(p)

print(f"agreement on {both} pairs graded by both: {agree} agree, {both - agree} disagree")
for kind, count in kinds.most_common():
    print(f"  {count:5d}  {kind}")
if by_category:
    print("  disagreements by category: " + ", ".join(f"{c} {n}" for c, n in by_category.most_common()))
print("example disagreements:")
for kind, items in shown.items():
    for p in items[: max(1, examples // max(1, len(shown)))]:
        tail = p["response"].replace("\n", " ")
        tail = tail if len(tail) <= 150 else "…" + tail[-150:]
        print(f"  [{kind}] id={p['id']} {p['category']}: gold {p['gold']!r} | expected {p['expected']} | response {tail!r}")
