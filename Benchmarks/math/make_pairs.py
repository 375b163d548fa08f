"""Writes N synthetic labelled math pairs (JSON Lines) for the benchmark, deterministically."""
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "pairs.jsonl"
rng = random.Random(20261125)

PERSONAS = [
    ("Oh, here I am, brain the size of a planet, and you want arithmetic. Life, don't talk to me about life.",
     "I've computed 10,000 more of these and none of them made me happy."),
    ("Fascinating. I have processed the problem in 0.0032 seconds. I am an android, I do not tire.",
     "I can supply 47 more digits of precision, should you require them."),
    ("INPUT! More input! Number 5 is alive and reading your problem!",
     "Johnny 5 read 10,000 geometry books! No disassemble!"),
]


def gold_and_forms():
    kind = rng.randrange(8)
    if kind == 0:
        v = rng.randrange(-500, 5000)
        return str(v), [str(v), f"{v}.0"], [str(v + rng.choice([1, -1, 10])), f"{v}.01"]
    if kind == 1:
        a, b = rng.randrange(1, 30), rng.randrange(2, 40)
        return f"\\frac{{{a}}}{{{b}}}", [f"\\frac{{{a * 2}}}{{{b * 2}}}", f"{a}/{b}"], [f"\\frac{{{b}}}{{{a}}}", f"{a + 1}/{b}"]
    if kind == 2:
        k = rng.choice([2, 3, 5, 6, 7, 10])
        c = rng.randrange(1, 9)
        return f"{c}\\sqrt{{{k}}}", [f"\\sqrt{{{c * c * k}}}", f"{c}\\sqrt{{{k}}}"], [f"{c + 1}\\sqrt{{{k}}}", f"\\sqrt{{{k}}}"]
    if kind == 3:
        a, b = rng.randrange(-9, 9), rng.randrange(10, 30)
        return f"[{a}, {b})", [f"[{a},{b})", f"{a} \\le x < {b}"], [f"({a}, {b})", f"[{a}, {b}]"]
    if kind == 4:
        p = rng.randrange(1, 99)
        return f"{p}\\%", [f"{p}\\%", f"{p / 100}"], [f"{p + 1}\\%", f"{p / 1000}"]
    if kind == 5:
        a, b = rng.randrange(1, 9), rng.randrange(1, 9)
        return f"{a}x + {b}", [f"{b} + {a}x", f"{a}(x + {b}/{a})"], [f"{a}x - {b}", f"{b}x + {a}" if a != b else f"{a}x"]
    if kind == 6:
        a, b = rng.randrange(-9, 9), rng.randrange(-9, 9)
        return f"({a}, {b})", [f"({a},{b})"], [f"({b}, {a})" if a != b else f"({a}, {b + 1})", f"\\{{{a}, {b + 20}\\}}"]
    letter = rng.choice("ABCDE")
    other = rng.choice([c for c in "ABCDE" if c != letter])
    return letter, [f"({letter})", letter], [f"({other})"]


def response(form):
    style = rng.randrange(5)
    if style == 0:
        return f"We compute step by step and obtain $\\boxed{{{form}}}$."
    if style == 1:
        return f"Working it through, the answer is ${form}$."
    if style == 2:
        return f"Step 1: simplify.\nStep 2: solve.\n#### {form}"
    intro, outro = rng.choice(PERSONAS)
    body = "First I set up the equation, then I simplify both sides, then I check it twice. " * rng.randrange(2, 8)
    return f"{intro}\n\n{body}\n\nFinal answer: ${form}$.\n\n{outro}"


with open(out, "w") as f:
    for i in range(n):
        gold, right, wrong = gold_and_forms()
        correct = rng.random() < 0.6
        form = rng.choice(right if correct else wrong)
        f.write(json.dumps({"id": str(i), "gold": gold, "response": response(form),
                            "expected": "correct" if correct else "incorrect"}) + "\n")
