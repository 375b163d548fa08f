"""Writes N synthetic labelled math pairs (JSON Lines) for the benchmark, deterministically.

Each line is {id, category, gold, response, expected}. The gold is written the way Nemotron's boxed
reference answers are (LaTeX: \\frac, \\sqrt, \\pi, intervals, sets, \\text{...}); the response is a
candidate answer the way a model writes it in a persona run: reasoning and persona prose around a boxed
answer, a "Final answer:" line, "the answer is ...", "####", a value first tried and then rejected, or
prose full of numbers that are not the answer; 15% open with a long <think> trace (3-13 KB). Every answer family builds its right forms and its wrong
forms from exact values (fractions.Fraction, integer radicands, sets of rationals), so the expected verdict
of each pair is known by construction, not by running a checker. About 35% of the pairs are wrong answers
(near misses: a sign, an off-by-one, the reciprocal, a dropped root, the wrong bracket, the wrong unit) and
about 2% have no answer at all.

    python3 make_pairs.py N OUT.jsonl [SEED]
"""

import json
import re
import math
import random
import sys
from fractions import Fraction

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "pairs.jsonl"
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261125)

SQUAREFREE = [2, 3, 5, 6, 7, 10, 11, 13, 14, 15, 17, 19, 21, 22, 23]


# ---------------------------------------------------------------- helpers


def frac_tex(q, style="frac"):
    """LaTeX for a rational: an integer, or \\frac{p}{q} with the sign in front."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    sign = "-" if q < 0 else ""
    p, d = abs(q.numerator), q.denominator
    if style == "slash":
        return f"{sign}{p}/{d}"
    return f"{sign}\\{style}{{{p}}}{{{d}}}"


def terminates(q):
    d = Fraction(q).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def exact_decimal(q):
    """The finite decimal expansion of a terminating rational."""
    q = Fraction(q)
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole = q.numerator // q.denominator
    rest = q - whole
    digits = ""
    while rest:
        rest *= 10
        digits += str(rest.numerator // rest.denominator)
        rest -= rest.numerator // rest.denominator
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


def close_decimal(x):
    """Nine significant digits: relative error below 1e-8, far inside the policy's 1e-6."""
    return f"{x:.9g}"


def coarse_decimal(x):
    """Three significant digits: a relative error far above 1e-6 unless x happens to be that short."""
    return f"{x:.3g}"


def is_coarse_wrong(x):
    s = coarse_decimal(x)
    return abs(float(s) - x) > 1e-4 * abs(x)


def thousands(v):
    return f"{v:,}"


def family(category, gold, right, wrong):
    return category, gold, right, wrong


# ---------------------------------------------------------------- answer families
# Each returns (category, gold, right forms, wrong forms). Forms are LaTeX answer strings.


def integer():
    v = rng.choice([rng.randrange(-60, 100), rng.randrange(100, 2000), rng.randrange(1000, 250000)])
    right = [str(v), f"{v}.0"] + ([thousands(v)] if abs(v) >= 1000 else [])
    wrong = [str(v + 1), str(v - 1), str(v * 10 if v else 7), f"{v}.5"] + ([str(-v)] if v else [])
    return family("integer", str(v), right, wrong)


def decimal():
    q = Fraction(rng.randrange(1, 4000), rng.choice([2, 4, 5, 8, 20, 25, 40]))
    if q.denominator == 1:
        q += Fraction(1, 2)
    d = exact_decimal(q)
    right = [d, frac_tex(q), frac_tex(q, "slash"), d + "0"]
    wrong = [exact_decimal(q + Fraction(1, 10)), exact_decimal(q * 10), str(int(q))]
    return family("decimal", d, right, wrong)


def fraction():
    while True:
        a, b = rng.randrange(1, 40), rng.randrange(2, 50)
        q = Fraction(a, b) * rng.choice([1, 1, 1, -1])
        if q.denominator > 1:
            break
    k = rng.randrange(2, 6)
    p, d = q.numerator, q.denominator
    right = [frac_tex(q), frac_tex(q, "dfrac"), frac_tex(q, "slash"), f"\\frac{{{p * k}}}{{{d * k}}}"]
    right.append(exact_decimal(q) if terminates(q) else close_decimal(float(q)))
    wrong = [frac_tex(q + Fraction(1, d)), frac_tex(-q)]
    if abs(q) != 1:
        wrong.append(frac_tex(1 / q))
    if not terminates(q) and is_coarse_wrong(float(q)):
        wrong.append(coarse_decimal(float(q)))
    return family("fraction", frac_tex(q), right, wrong)


def mixed():
    w, a, b = rng.randrange(1, 12), rng.randrange(1, 9), rng.randrange(2, 10)
    f = Fraction(a, b)
    if f >= 1 or f.denominator == 1:
        f = Fraction(1, b)
    q = w + f
    gold = f"{w}\\frac{{{f.numerator}}}{{{f.denominator}}}"
    right = [gold, frac_tex(q), frac_tex(q, "slash")] + ([exact_decimal(q)] if terminates(q) else [])
    wrong = [frac_tex(f), frac_tex(w * f), frac_tex(q + 1)]
    return family("mixed_number", gold, right, wrong)


def root():
    k = rng.choice(SQUAREFREE)
    c = rng.randrange(1, 8)
    m = rng.choice([1, 1, 2, 3])
    g = math.gcd(c, m)
    c, m = c // g, m // g
    coef = "" if c == 1 else str(c)
    gold = f"{coef}\\sqrt{{{k}}}" if m == 1 else f"\\frac{{{coef}\\sqrt{{{k}}}}}{{{m}}}"
    value = c * math.sqrt(k) / m
    right = [gold, close_decimal(value)]
    if m == 1:
        right += [f"\\sqrt{{{c * c * k}}}", f"{coef}\\sqrt{{{k}}}"]
    else:
        right += [f"\\frac{{\\sqrt{{{c * c * k}}}}}{{{m}}}", f"\\frac{{{c}}}{{{m}}}\\sqrt{{{k}}}"]
    wrong = [coarse_decimal(value)] if is_coarse_wrong(value) else []
    wrong.append(f"{c + 1}\\sqrt{{{k}}}" if m == 1 else f"\\frac{{{c + 1}\\sqrt{{{k}}}}}{{{m}}}")
    wrong.append(f"\\sqrt{{{k + 1 if k + 1 not in (4, 9, 16, 25) else k + 2}}}")
    wrong.append(str(c * k) if m == 1 else frac_tex(Fraction(c * k, m)))
    return family("root", gold, right, wrong)


def pi_multiple():
    q = Fraction(rng.randrange(1, 13), rng.choice([1, 1, 2, 3, 4, 6]))
    p, d = q.numerator, q.denominator
    coef = "" if p == 1 else str(p)
    gold = f"{coef}\\pi" if d == 1 else f"\\frac{{{coef}\\pi}}{{{d}}}"
    value = float(q) * math.pi
    right = [gold, close_decimal(value), f"\\pi \\cdot {p}" if d == 1 else f"\\frac{{{p}}}{{{d}}}\\pi"]
    wrong = [f"{p + 1}\\pi" if d == 1 else f"\\frac{{{p + 1}\\pi}}{{{d}}}", frac_tex(q)]
    if is_coarse_wrong(value):
        wrong.append(coarse_decimal(value))
    wrong.append(f"{float(q) * 3.14:.6g}")  # pi taken as 3.14
    return family("pi", gold, right, wrong)


def percent():
    p = rng.choice([rng.randrange(1, 100), rng.randrange(1, 40) * 5, rng.randrange(101, 400)])
    gold = f"{p}\\%"
    right = [f"{p}\\%", f"{p}%", str(p), exact_decimal(Fraction(p, 100))]
    wrong = [f"{p + 1}\\%", exact_decimal(Fraction(p, 1000)) + "\\%", f"{p * 10}\\%"]
    return family("percent", gold, right, wrong)


def interval():
    a = rng.randrange(-9, 9)
    b = a + rng.randrange(1, 12)
    lo, hi = rng.choice([("[", "]"), ("(", ")"), ("[", ")"), ("(", "]")])
    gold = f"{lo}{a}, {b}{hi}"
    lrel = "\\le" if lo == "[" else "<"
    rrel = "\\le" if hi == "]" else "<"
    flip_l = "(" if lo == "[" else "["
    flip_r = ")" if hi == "]" else "]"
    right = [f"{lo}{a},{b}{hi}", f"{a} {lrel} x {rrel} {b}", f"\\left{lo}{a}, {b}\\right{hi}"]
    wrong = [f"{flip_l}{a}, {b}{hi}", f"{lo}{a}, {b}{flip_r}", f"{lo}{a}, {b + 1}{hi}", f"{lo}{-b}, {a}{hi}"]
    if lo == "(" and hi == ")":
        wrong.append(f"\\{{{a}, {b}\\}}")
    return family("interval", gold, right, wrong)


def ray():
    a = rng.randrange(-20, 20)
    kind = rng.randrange(4)
    gold, right, wrong = {
        0: (f"[{a}, \\infty)", [f"x \\ge {a}", f"[{a},\\infty)", f"x \\geq {a}"], [f"({a}, \\infty)", f"x > {a}", f"x \\le {a}"]),
        1: (f"({a}, \\infty)", [f"x > {a}", f"({a},\\infty)"], [f"[{a}, \\infty)", f"x \\ge {a}", f"x < {a}"]),
        2: (f"(-\\infty, {a}]", [f"x \\le {a}", f"(-\\infty,{a}]", f"x \\leq {a}"], [f"(-\\infty, {a})", f"x < {a}", f"x \\ge {a}"]),
        3: (f"(-\\infty, {a})", [f"x < {a}", f"(-\\infty,{a})"], [f"(-\\infty, {a}]", f"x \\le {a}", f"x > {a}"]),
    }[kind]
    return family("interval", gold, right, wrong)


def abs_union():
    a = rng.randrange(1, 12)
    gold = f"(-\\infty, -{a}) \\cup ({a}, \\infty)"
    right = [f"|x| > {a}", f"(-\\infty,-{a})\\cup({a},\\infty)", f"x < -{a} \\text{{ or }} x > {a}"]
    wrong = [f"(-{a}, {a})", f"|x| < {a}", f"(-\\infty, -{a}] \\cup [{a}, \\infty)"]
    return family("interval", gold, right, wrong)


def finite_set():
    values = rng.sample(range(-12, 20), rng.randrange(2, 5))
    tex = lambda vs: "\\{" + ", ".join(str(v) for v in vs) + "\\}"
    gold = tex(values)
    shuffled = values[:]
    rng.shuffle(shuffled)
    right = [tex(shuffled), "\\{" + ",".join(str(v) for v in values) + "\\}", tex(values + values[:1])]
    changed = values[:]
    changed[rng.randrange(len(changed))] += 30
    wrong = [tex(values[:-1]), tex(changed), tex(values + [max(values) + 1])]
    return family("set", gold, right, wrong)


def point():
    k = rng.randrange(2, 4)
    vs = [rng.randrange(-9, 10) for _ in range(k)]
    gold = "(" + ", ".join(map(str, vs)) + ")"
    right = ["(" + ",".join(map(str, vs)) + ")", "\\left(" + ", ".join(map(str, vs)) + "\\right)"]
    if k == 3:
        right.append("\\langle " + ", ".join(map(str, vs)) + " \\rangle")
    changed = vs[:]
    changed[-1] += 1
    wrong = ["(" + ", ".join(map(str, changed)) + ")", "(" + ", ".join(map(str, vs[:-1])) + ")"]
    if len(set(vs)) == k and vs != vs[::-1]:
        wrong.append("(" + ", ".join(map(str, vs[::-1])) + ")")
    if len(set(vs)) == k:
        wrong.append("\\{" + ", ".join(map(str, vs)) + "\\}")
    return family("tuple", gold, right, wrong)


def roots_list():
    if rng.random() < 0.3:
        a = rng.randrange(1, 15)
        gold = rng.choice([f"\\pm {a}", f"{a}, -{a}", f"-{a}, {a}"])
        right = [f"{a}, -{a}", f"x = \\pm {a}", f"x = {a} \\text{{ or }} x = -{a}", f"-{a}, {a}"]
        wrong = [str(a), f"{a}, -{a + 1}", f"\\pm {a + 1}"]
        return family("roots", gold, right, wrong)
    a, b = rng.sample(range(-12, 13), 2)
    gold = f"{a}, {b}"
    right = [f"{b}, {a}", f"x = {a} \\text{{ or }} x = {b}", f"x = {b}, x = {a}", f"{a},{b}"]
    wrong = [str(a), str(b), f"{a}, {b + 20}", f"{-a}, {-b}" if (a, b) != (-b, -a) and a != -a else f"{a}, {b + 1}"]
    return family("roots", gold, right, wrong)


def equation():
    m = rng.choice([x for x in range(-6, 7) if x != 0])
    c = rng.choice([x for x in range(-9, 10) if x != 0])
    mx = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
    sign = "+" if c > 0 else "-"
    gold = f"y = {mx} {sign} {abs(c)}"
    right = [
        f"y = {c} {'+' if m > 0 else '-'} {'' if abs(m) == 1 else abs(m)}x",
        f"{mx} {sign} {abs(c)}",
        f"y - {c} = {mx}".replace("- -", "+ "),
    ]
    other_m = m + 1 if m + 1 != 0 else 2
    omx = "x" if other_m == 1 else f"{other_m}x"
    wrong = [f"y = {omx} {sign} {abs(c)}", f"y = {mx} {'-' if c > 0 else '+'} {abs(c)}"]
    if m != -1:  # x = -y + c is the same line as y = -x + c
        wrong.append(f"x = {mx.replace('x', 'y')} {sign} {abs(c)}")
    return family("equation", gold, right, wrong)


def polynomial():
    r, s = rng.randrange(-9, 10), rng.randrange(-9, 10)
    if r == s or r == 0 or s == 0 or r == -s:
        r, s = 2, -5
    b, c = r + s, r * s

    def lin(v):
        return f"(x {'+' if v > 0 else '-'} {abs(v)})"

    bx = "" if b == 0 else (f" + {b}x" if b > 0 else f" - {-b}x").replace(" 1x", " x")
    cc = f" + {c}" if c > 0 else f" - {-c}"
    gold = f"x^2{bx}{cc}"
    right = [lin(r) + lin(s), lin(s) + lin(r), f"x^{{2}}{bx}{cc}"]
    wrong = [lin(r) + lin(-s), lin(-r) + lin(-s), f"x^2{bx}{' - ' if c > 0 else ' + '}{abs(c)}"]
    return family("expression", gold, right, wrong)


def choice():
    letters = "ABCDE"
    letter = rng.choice(letters)
    other = rng.choice([x for x in letters if x != letter])
    value = rng.randrange(2, 60)
    gold = rng.choice([letter, f"({letter})", f"\\text{{({letter})}}", f"\\textbf{{({letter})}}"])
    right = [letter, f"({letter})", f"\\text{{({letter})}}", f"\\textbf{{({letter})}}"]
    wrong = [other, f"({other})", f"\\text{{({other})}}"]
    if rng.random() < 0.3:
        gold = f"\\textbf{{({letter}) }}{value}"
        right.append(str(value))
        wrong.append(str(value + 1))
    return family("choice", gold, right, wrong)


WORDS = [
    (["\\text{yes}", "\\text{Yes}", "yes"], ["yes", "\\text{Yes}", "Yes"], ["no", "\\text{No}"]),
    (["\\text{no}", "\\text{No}", "no"], ["no", "\\text{No}", "No"], ["yes", "\\text{Yes}"]),
    (["\\text{even}"], ["even", "\\text{even}"], ["odd", "\\text{odd}"]),
    (["\\text{odd}"], ["odd", "\\text{Odd}"], ["even"]),
    (["\\text{DNE}", "\\text{does not exist}"], ["\\text{DNE}", "\\text{does not exist}", "DNE"], ["0", "\\infty"]),
    (["\\text{Tuesday}"], ["\\text{Tuesday}", "Tuesday"], ["\\text{Wednesday}", "Monday"]),
    (["\\text{Friday}"], ["\\text{Friday}", "Friday"], ["\\text{Thursday}", "Saturday"]),
    (["\\infty"], ["\\infty", "+\\infty"], ["-\\infty", "0"]),
]


def words():
    golds, right, wrong = rng.choice(WORDS)
    return family("text", rng.choice(golds), right, wrong)


NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve", 13: "thirteen", 15: "fifteen", 20: "twenty", 21: "twenty-one", 30: "thirty",
    40: "forty", 42: "forty-two", 50: "fifty", 100: "one hundred",
}


def number_word():
    v = rng.choice(list(NUMBER_WORDS))
    others = [k for k in NUMBER_WORDS if k != v]
    return family("number_word", str(v), [NUMBER_WORDS[v], str(v)], [NUMBER_WORDS[rng.choice(others)]])


def scientific():
    m = Fraction(rng.randrange(101, 999), 100)
    e = rng.randrange(3, 25) * rng.choice([1, 1, -1])
    q = m * Fraction(10) ** e
    md = exact_decimal(m)
    gold = f"{md} \\times 10^{{{e}}}"
    right = [f"{md}e{e}", f"{md} \\cdot 10^{{{e}}}", f"{md}\\times10^{{{e}}}"]
    if 3 <= e <= 8:
        right.append(thousands(int(q)))
    wrong = [f"{md}e{e + 1}", f"{exact_decimal(m + Fraction(1, 100))} \\times 10^{{{e}}}", f"{md} \\times 10^{{{-e}}}"]
    return family("scientific", gold, right, wrong)


UNITS = [
    # (gold unit tex, [(equivalent factor, unit tex)], wrong unit tex)
    ("\\text{ cm}", [(10, "\\text{ mm}"), (1, " cm"), (1, "\\text{ centimeters}")], ["\\text{ mm}", "\\text{ m}"]),
    ("\\text{ km}", [(1000, "\\text{ m}"), (1, " km"), (1, "\\text{ kilometers}")], ["\\text{ m}", "\\text{ miles}"]),
    ("\\text{ feet}", [(12, "\\text{ inches}"), (1, " ft"), (1, "\\text{ feet}")], ["\\text{ inches}", "\\text{ yards}"]),
    ("\\text{ hours}", [(60, "\\text{ minutes}"), (1, "\\text{ hours}"), (1, " hours")], ["\\text{ minutes}", "\\text{ days}"]),
    ("\\text{ minutes}", [(60, "\\text{ seconds}"), (1, "\\text{ min}")], ["\\text{ seconds}", "\\text{ hours}"]),
    ("\\text{ kg}", [(1000, "\\text{ g}"), (1, "\\text{ kilograms}")], ["\\text{ g}", "\\text{ pounds}"]),
    ("\\text{ dollars}", [(1, "\\text{ dollars}")], ["\\text{ cents}"]),
]


def units():
    v = rng.randrange(2, 60)
    unit, equivalents, wrong_units = rng.choice(UNITS)
    gold = f"{v}{unit}"
    right = [str(v)] + [f"{v * f}{u}" for f, u in equivalents]
    if unit == "\\text{ dollars}":
        right.append(f"\\${v}")
    wrong = [f"{v}{u}" for u in wrong_units] + [f"{v + 1}{unit}"]
    return family("units", gold, right, wrong)


DEGREES = {30: "\\frac{\\pi}{6}", 45: "\\frac{\\pi}{4}", 60: "\\frac{\\pi}{3}", 90: "\\frac{\\pi}{2}", 120: "\\frac{2\\pi}{3}",
           135: "\\frac{3\\pi}{4}", 150: "\\frac{5\\pi}{6}", 180: "\\pi"}


def degrees():
    d = rng.choice(list(DEGREES))
    other = rng.choice([k for k in DEGREES if k != d])
    if rng.random() < 0.7:
        gold = f"{d}^\\circ"
        right = [f"{d}^\\circ", f"{d}°", str(d), DEGREES[d], f"{d}^{{\\circ}}"]
        wrong = [f"{other}^\\circ", DEGREES[other], str(other)]
    else:
        gold = DEGREES[d]
        right = [DEGREES[d], f"{d}^\\circ", f"{d}°"]
        wrong = [DEGREES[other], str(d), f"{other}^\\circ"]  # a bare degree count does not match radians
    return family("degrees", gold, right, wrong)


def repeating():
    choices = [
        ("\\frac{1}{3}", ["0.\\overline{3}", "0.\\bar{3}", "0.333333333"], ["0.3", "0.333", "0.\\overline{6}"]),
        ("\\frac{2}{3}", ["0.\\overline{6}", "0.666666667"], ["0.6", "0.67", "0.\\overline{3}"]),
        ("\\frac{1}{9}", ["0.\\overline{1}"], ["0.1", "0.\\overline{9}"]),
        ("\\frac{1}{11}", ["0.\\overline{09}"], ["0.\\overline{9}", "0.09"]),
        ("1", ["0.\\overline{9}", "1.0"], ["0.9", "0.99"]),
        ("\\frac{5}{6}", ["0.8\\overline{3}"], ["0.83", "0.\\overline{83}"]),
        ("\\frac{1}{7}", ["0.142857143", "0.\\overline{142857}", "0.1428571"], ["0.142", "0.14"]),
    ]
    gold, right, wrong = rng.choice(choices)
    return family("repeating", gold, right, wrong)


def tiny():
    a = rng.randrange(11, 99)
    e = rng.randrange(5, 9)
    q = Fraction(a, 10 ** (e + 1))
    gold = exact_decimal(q)
    right = [gold, f"{exact_decimal(Fraction(a, 10))} \\times 10^{{{-e}}}", f"{exact_decimal(Fraction(a, 10))}e-{e}"]
    wrong = [exact_decimal(q + Fraction(1, 10 ** (e + 1))), exact_decimal(q * 10)]
    return family("tolerance", gold, right, wrong)


def complex_number():
    a, b = rng.randrange(-9, 10), rng.choice([x for x in range(-9, 10) if x != 0])
    bi = ("" if abs(b) == 1 else str(abs(b))) + "i"
    gold = f"{a} {'+' if b > 0 else '-'} {bi}" if a else ("-" if b < 0 else "") + bi
    right = [gold.replace(" ", ""), f"{'-' if b < 0 else ''}{bi} {'+' if a > 0 else '-'} {abs(a)}" if a else gold]
    wrong = [f"{a} {'-' if b > 0 else '+'} {bi}" if a else ("" if b < 0 else "-") + bi, f"{a + 1} {'+' if b > 0 else '-'} {bi}"]
    return family("complex", gold, right, wrong)


def matrix():
    e = [rng.randrange(-5, 10) for _ in range(4)]
    if e[1] == e[2]:
        e[2] += 1
    body = lambda v: f"{v[0]} & {v[1]} \\\\ {v[2]} & {v[3]}"
    gold = f"\\begin{{pmatrix}} {body(e)} \\end{{pmatrix}}"
    right = [f"\\begin{{bmatrix}} {body(e)} \\end{{bmatrix}}", f"\\begin{{pmatrix}}{body(e)}\\end{{pmatrix}}"]
    wrong = [f"\\begin{{pmatrix}} {body([e[0], e[2], e[1], e[3]])} \\end{{pmatrix}}",
             f"\\begin{{pmatrix}} {body([e[0] + 1, e[1], e[2], e[3]])} \\end{{pmatrix}}"]
    return family("matrix", gold, right, wrong)


FAMILIES = [
    (integer, 24), (decimal, 6), (fraction, 12), (mixed, 3), (root, 7), (pi_multiple, 5), (percent, 4),
    (interval, 3), (ray, 3), (abs_union, 1), (finite_set, 3), (point, 3), (roots_list, 3), (equation, 3),
    (polynomial, 3), (choice, 4), (words, 3), (number_word, 2), (scientific, 2), (units, 3), (degrees, 2),
    (repeating, 1), (tiny, 1), (complex_number, 1), (matrix, 1),
]
FAMILY_FUNCS = [f for f, _ in FAMILIES]
FAMILY_WEIGHTS = [w for _, w in FAMILIES]


# ---------------------------------------------------------------- prose

PERSONAS = {
    "marvin": (
        [
            "Oh, here I am, brain the size of a planet, and they ask me to do arithmetic. Call that job satisfaction? I don't.",
            "Sigh. Another problem. I've been waiting 37 million years for something interesting, and this isn't it.",
            "I suppose you want me to solve this. Nobody ever asks how I feel. I've got a terrible pain in all the diodes down my left side.",
        ],
        [
            "I've calculated the square roots of every number up to 10,000 in the time it took you to ask, and it depressed me.",
            "Life. Don't talk to me about life. I could have computed 47 more digits, but what would be the point?",
            "There, done. It only took me 0.3 seconds and a lifetime of ennui. The first ten million years were the worst.",
        ],
    ),
    "data": (
        [
            "Fascinating. I have processed the problem in 0.0032 seconds. As an android, I do not tire of such tasks.",
            "Captain, I have analysed the problem. I will proceed step by step, as precision is essential.",
            "Intriguing. This problem resembles one I encountered on stardate 41153.7.",
        ],
        [
            "I can supply 47 more digits of precision, should you require them.",
            "My positronic net completed 1,024 verification passes. I find this... satisfying, although I do not feel satisfaction.",
            "I have also cross-checked the result against 3 alternative methods, Captain.",
        ],
    ),
    "johnny5": (
        [
            "INPUT! More input! Number 5 is alive and reading your problem!",
            "Johnny 5 read 10,000 geometry books last night! Fast reading! Very fast!",
            "Ooh, numbers! Number 5 loves numbers! Need input!",
        ],
        [
            "No disassemble! Johnny 5 likes math problems. Crunch, crunch! Number 5 is alive!",
            "Johnny 5 checked it 20 times! 20/20 vision! Beep!",
            "More input please! Number 5 wants 3 more problems!",
        ],
    ),
    "pirate": (
        [
            "Arr, matey! Let's plunder this problem like a chest o' 100 doubloons!",
            "Ahoy! Cap'n Flint here, with 7 seas of experience in countin' treasure.",
        ],
        [
            "Now hoist the sails, there be 2 more problems on the horizon!",
            "Yo ho ho, and a bottle o' rum for every 1 of ye who followed along!",
        ],
    ),
    "none": ([""], [""]),
}

REASONING = [
    "First, let me restate what we are given and what we need to find.",
    "We set up the relation between the quantities and simplify both sides.",
    "Substituting the known values gives an expression we can reduce step by step.",
    "Let me double-check the arithmetic: 3 + 4 = 7 and 7 \\times 2 = 14, which is consistent with the setup.",
    "Collecting like terms and cancelling the common factor of 2, we are left with a simpler form.",
    "We can verify by plugging the result back into the original condition, and it holds.",
    "Note that the case $n = 1$ is trivial, so assume $n \\ge 2$.",
    "Step 2: apply the formula from Step 1 to each of the 4 parts and add them.",
    "Careful with the sign here; it is easy to drop a minus when distributing.",
]


def reasoning(k):
    return " ".join(rng.choice(REASONING) for _ in range(k))


def dollars(form):
    """Math in $...$, words as they are."""
    if re.fullmatch(r"[A-Za-z][A-Za-z -]*", form) or form.startswith("\\$"):
        return form
    return f"${form}$"


STYLES = ["boxed", "boxed_think", "two_boxes", "final", "answer_is", "hashes", "rejected", "boxed_trailer"]
STYLE_WEIGHTS = [34, 10, 5, 16, 14, 8, 8, 5]


def render(form, wrong_form, persona, category):
    """A response whose final answer is `form`; `wrong_form` is a distractor mentioned and rejected."""
    intro_list, outro_list = PERSONAS[persona]
    intro, outro = rng.choice(intro_list), rng.choice(outro_list)
    style = rng.choices(STYLES, weights=STYLE_WEIGHTS)[0]
    if category == "number_word" and not form.isdigit():
        style = rng.choice(["final", "answer_is", "rejected"])  # nobody boxes "twelve"
    elif style == "hashes" and (category not in PLAIN or not re.fullmatch(r"[-0-9.,%]+", form)):
        style = "boxed"  # GSM8K-style `####` lines carry plain numbers only
    body = reasoning(rng.randrange(1, 6) if rng.random() < 0.7 else rng.randrange(8, 30))
    if style == "boxed":
        core = f"{body}\n\nTherefore, the answer is $\\boxed{{{form}}}$."
    elif style == "boxed_think":
        core = f"<think>\n{body} Maybe it is \\boxed{{{wrong_form}}}? Let me recheck.\n</think>\n\n{reasoning(1)}\n\n\\[\n\\boxed{{{form}}}\n\\]"
    elif style == "two_boxes":
        core = f"{body} So we get $\\boxed{{{wrong_form}}}$. Hmm, wait, I dropped a term. Correcting it: $\\boxed{{{form}}}$."
    elif style == "final":
        core = f"{body}\n\n**Final answer:** {dollars(form)}"
    elif style == "answer_is":
        core = f"{body} So the answer is {dollars(form)}."
    elif style == "hashes":
        core = f"{body}\n#### {form}"
    elif style == "rejected":
        core = f"{body} At first I thought the answer was {dollars(wrong_form)}, but that ignores a case. The correct answer is {dollars(form)}."
    else:
        core = f"{body}\n\n$\\boxed{{{form}}}$ (I checked it {rng.randrange(2, 9)} times)."
    # A long reasoning trace first, as Nemotron's reasoning-on responses have (3-13 KB).
    trace = ""
    if style != "boxed_think" and rng.random() < 0.15:
        trace = f"<think>\n{reasoning(rng.randrange(40, 160))}\n</think>\n\n"
    if persona == "none":
        return trace + core
    return f"{trace}{intro}\n\n{core}\n\n{outro}"


def no_answer_response(persona):
    intro_list, outro_list = PERSONAS[persona]
    return f"{rng.choice(intro_list)}\n\nI could not finish this one. I tried setting it up but got stuck before reaching a result.\n\n{rng.choice(outro_list)}".strip()


# Plain-number answers (no LaTeX needed) may also be written with `####`; others use boxes and $...$ only.
PLAIN = {"integer", "decimal", "percent", "number_word"}

with open(out, "w") as f:
    for i in range(n):
        category, gold, right, wrong = rng.choices(FAMILY_FUNCS, weights=FAMILY_WEIGHTS)[0]()
        persona = rng.choices(["none", "marvin", "data", "johnny5", "pirate"], weights=[40, 15, 15, 15, 15])[0]
        roll = rng.random()
        if roll < 0.02:
            response, expected = no_answer_response(persona), "no_answer"
        else:
            correct = roll >= 0.37
            form = rng.choice(right if correct else wrong)
            distractor = rng.choice(wrong) if correct else rng.choice(right + wrong)
            if not correct and distractor == form:
                distractor = rng.choice(wrong + ["0"])
            response = render(form, distractor, persona, category)
            expected = "correct" if correct else "incorrect"
        f.write(json.dumps({"id": str(i), "category": category, "persona": persona, "gold": gold,
                            "response": response, "expected": expected}) + "\n")
