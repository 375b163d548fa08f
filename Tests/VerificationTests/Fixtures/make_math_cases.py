"""Writes math_cases.jsonl: the hand-labelled cases for the math verifier (see math-answer-policy.md).

Each row: id, category, gold, response, expected (correct / incorrect / no_answer).
Rerun after editing: python3 make_math_cases.py
"""
import json

rows = []


def add(category, gold, response, expected):
    rows.append({"id": f"{category}-{sum(1 for r in rows if r['category'] == category) + 1:03d}",
                 "category": category, "gold": gold, "response": response, "expected": expected})


def box(x):
    return f"Working through it carefully, we find the value.\n\n\\boxed{{{x}}}"


C, I, N = "correct", "incorrect", "no_answer"

# --- which answer counts: boxes ---------------------------------------------------------------
add("boxed", "5", "First guess \\boxed{4}, but rechecking gives \\boxed{5}.", C)
add("boxed", "4", "First guess \\boxed{4}, but rechecking gives \\boxed{5}.", I)
add("boxed", "12", "So the count is \\fbox{12}.", C)
add("boxed", "7", "Hence the answer is $\\boxed 7$.", C)
add("boxed", "\\frac{3}{4}", "Thus $\\boxed{\\dfrac{3}{4}}$ of the tank is full.", C)
add("boxed", "\\{1,2\\}", "The solutions form \\boxed{\\{1, 2\\}}.", C)
add("boxed", "2", "Answers: \\boxed{1} and \\boxed{2}", C)
add("boxed", "\\sqrt{2}", "<think>maybe \\boxed{2}</think>The diagonal is \\boxed{\\sqrt{2}}.", C)
add("boxed", "10", "Nothing to see here, no final result was given.", N)
add("boxed", "x^2+1", "We simplify: \\boxed{{x^2} + 1}", C)
add("boxed", "\\frac{1}{2}", "We get \\boxed{\\frac{1}{2}} since each half is equal.", C)
add("boxed", "6", "Total \\boxed{8}", I)

# --- which answer counts: markers ---------------------------------------------------------------
add("marker", "8", "Natalia sold 48/2 = 24 clips in May.\n#### 8", C)
add("marker", "72", "She sold 48 + 24 = 72 clips.\n#### 72", C)
add("marker", "15", "After simplifying everything, the answer is 15.", C)
add("marker", "15", "After simplifying everything, the answer is 16.", I)
add("marker", "-3", "Final answer: -3", C)
add("marker", "-3", "Final Answer: 3", I)
add("marker", "\\frac{2}{5}", "**Final answer:** $\\frac{2}{5}$", C)
add("marker", "42", "Multiplying 6 by 7, the final answer is 42. It took 3 steps.", C)
add("marker", "9", "We try 3 cases. The answer is 9, after checking 4 more.", C)
add("marker", "1.5", "The answer is $1.5$ hours.", C)
add("marker", "1.5", "The answer would be 3/2.", C)
add("marker", "0.25", "Answer: 1/4", C)
add("marker", "20", "So, the total is 20 apples.", C)
add("marker", "20", "Therefore there are 21 apples in the basket.", I)
add("marker", "11", "Adding the two pieces we get 5 + 6 = 11", C)
add("marker", "11", "Adding the two pieces we get 5 + 7 = 12", I)
add("marker", "64", "Thus the area of the square is 64 square units.", C)
add("marker", "3", "The value of x is 3.", C)
add("marker", "3", "The value of x is 3 (I checked it 2 times).", C)
add("marker", "100", "The answer: 100", C)

# --- rejected values and trailing numbers ------------------------------------------------------
add("rejection", "42", "The answer is 40. No wait, that is wrong: it's 42.", C)
add("rejection", "40", "The answer is 40. No wait, that is wrong: it's 42.", I)
add("rejection", "7", "At first I thought the answer was 5, but the correct answer is 7.", C)
add("rejection", "5", "At first I thought the answer was 5, but the correct answer is 7.", I)
add("rejection", "12", "The answer is not 10 but 12.", C)
add("rejection", "10", "The answer is not 10 but 12.", I)
add("rejection", "18", "The answer is 18, not 16.", C)
add("rejection", "16", "The answer is 18, not 16.", I)
add("rejection", "9", "One might think the answer is 6. However, the answer is 9.", C)
add("rejection", "6", "One might think the answer is 6. However, the answer is 9.", I)
add("rejection", "25", "I get 24. Wait, I miscounted. The total is 25.", C)
add("rejection", "\\sqrt{13}", "The distance is $\\sqrt{13}$, roughly 3.6.", C)
add("rejection", "3.6", "The distance is $\\sqrt{13}$, roughly 3.6.", I)
add("rejection", "\\frac{\\pi}{4}", "The angle is \\pi/4 (about 0.785).", C)
add("rejection", "3450", "The answer is 3450, rounded to the nearest 10.", C)
add("rejection", "10", "The answer is 3450, rounded to the nearest 10.", I)
add("rejection", "14", "The answer is 14. I needed 3 operations to get there.", C)
add("rejection", "3", "The answer is 14. I needed 3 operations to get there.", I)
add("rejection", "35", "Final answer: 35. Number 5 is alive!", C)
add("rejection", "5", "Final answer: 35. Number 5 is alive!", I)
add("rejection", "27", "So the answer is 27, and I have 20/20 vision.", C)
add("rejection", "1", "So the answer is 27, and I have 20/20 vision.", I)

# --- tolerance ---------------------------------------------------------------------------------
for gold, resp, exp in [
    ("\\frac{1}{3}", "0.3333333", C), ("\\frac{1}{3}", "0.333", I), ("\\frac{1}{3}", "0.3333", I),
    ("\\frac{1}{7}", "0.1428571", C), ("\\frac{1}{7}", "0.142", I), ("\\sqrt{2}", "1.4142136", C),
    ("\\sqrt{2}", "1.414", I), ("\\pi", "3.1415927", C), ("\\pi", "3.14", I), ("e^2", "7.3890561", C),
    ("e^2", "7.39", I), ("2\\pi", "6.2831853", C), ("2\\pi", "6.28", I), ("3.14", "\\pi", I),
    ("0.75", "\\frac{3}{4}", C), ("100", "100.0", C), ("5", "4.9999999", I), ("123456789", "123456788", I),
    ("0.0000012", "0.0000013", I), ("0.0000012", "1.2 \\times 10^{-6}", C), ("\\frac{2}{3}", "0.6666667", C),
    ("\\frac{2}{3}", "0.67", I), ("1.4142136", "\\sqrt{2}", I), ("\\frac{5}{2}", "2.5", C), ("2.5", "5/2", C),
    ("0.1", "1/10", C), ("\\frac{1}{8}", "0.125", C), ("\\frac{1}{8}", "0.1249999", I), ("\\sqrt{3}", "1.7320508", C),
    ("\\frac{\\sqrt{3}}{2}", "0.8660254", C), ("\\frac{\\sqrt{3}}{2}", "0.866", I), ("\\ln 2", "0.6931472", C),
]:
    add("tolerance", gold, f"The answer is {resp}.", exp)

# --- exact forms ------------------------------------------------------------------------------
for gold, resp, exp in [
    ("\\frac{6}{8}", "\\frac{3}{4}", C), ("2^{10}", "1024", C), ("\\sqrt{8}", "2\\sqrt{2}", C),
    ("\\frac{1}{\\sqrt{2}}", "\\frac{\\sqrt{2}}{2}", C), ("\\sqrt{12}", "3\\sqrt{2}", I),
    ("-\\frac{1}{2}", "\\frac{-1}{2}", C), ("-\\frac{1}{2}", "\\frac{1}{2}", I), ("10", "10.00", C),
    ("\\binom{5}{2}", "10", C), ("5!", "120", C), ("\\frac{22}{7}", "\\pi", I), ("1000000", "10^6", C),
    ("2^{-1}", "0.5", C), ("\\sqrt[3]{27}", "3", C), ("\\log_2 8", "3", C), ("4", "\\sqrt{16}", C),
    ("\\sqrt{-4}", "2i", C), ("0", "-0", C), ("\\frac{0}{5}", "0", C), ("3", "-3", I),
]:
    add("exact", gold, box(resp), exp)

# --- repeating decimals and mixed numbers -------------------------------------------------------
for gold, resp, exp in [
    ("\\frac{1}{3}", "0.\\overline{3}", C), ("1", "0.\\overline{9}", C), ("\\frac{1}{6}", "0.1\\overline{6}", C),
    ("\\frac{7}{9}", "0.\\overline{7}", C), ("\\frac{1}{3}", "0.\\overline{33}", C), ("0.\\overline{3}", "1/3", C),
    ("\\frac{5}{2}", "2\\frac{1}{2}", C), ("2\\frac{1}{2}", "2.5", C), ("1\\frac{1}{2}", "1/2", I),
    ("1\\frac{1}{2}", "\\frac{3}{2}", C), ("-1\\frac{1}{4}", "-\\frac{5}{4}", C), ("3\\frac{2}{3}", "11/3", C),
    ("\\frac{4}{11}", "0.\\overline{36}", C), ("0.\\overline{3}", "0.3", I),
]:
    add("repeating_mixed", gold, box(resp), exp)

# --- percent ---------------------------------------------------------------------------------
for gold, resp, exp in [
    ("30\\%", "30\\%", C), ("30\\%", "30", C), ("30\\%", "0.3", C), ("30\\%", "0.3\\%", I), ("30\\%", "3\\%", I),
    ("0.3", "30\\%", C), ("30", "30\\%", C), ("25\\%", "\\frac{1}{4}", C), ("66\\frac{2}{3}\\%", "\\frac{2}{3}", C),
    ("66\\frac{2}{3}\\%", "66.6666667\\%", C), ("12.5\\%", "12.5%", C), ("12.5\\%", "12%", I), ("40\\%", "60\\%", I),
]:
    add("percent", gold, box(resp), exp)

# --- units and degrees -------------------------------------------------------------------------
for gold, resp, exp in [
    ("5\\text{ cm}", "50 mm", C), ("5\\text{ cm}", "5 mm", I), ("9\\text{ inches}", "9 feet", I),
    ("3\\text{ hours}", "180 minutes", C), ("45^\\circ", "\\frac{\\pi}{4}", C), ("\\frac{\\pi}{3}", "60", I),
    ("60^\\circ", "60", C), ("60^\\circ", "60°", C), ("\\frac{\\pi}{3}", "60^\\circ", C), ("12\\text{ m}", "12", C),
    ("2\\text{ km}", "2000\\text{ m}", C), ("1\\text{ ft}", "12\\text{ inches}", C), ("90^\\circ", "\\frac{\\pi}{2}", C),
    ("30^\\circ", "\\frac{\\pi}{3}", I), ("2\\text{ kg}", "2000\\text{ g}", C), ("2\\text{ kg}", "200\\text{ g}", I),
    ("1.5\\text{ hours}", "90\\text{ minutes}", C), ("\\frac{1}{2}", "\\sin 30^\\circ", C), ("\\frac{1}{2}", "\\cos 60^\\circ", C),
    ("\\frac{\\sqrt{2}}{2}", "\\sin 45^\\circ", C), ("0", "\\sin 30", I), ("36\\text{ cm}^2", "36", C),
    ("50\\text{ mph}", "50 miles per hour", C),
]:
    add("units", gold, box(resp), exp)

# --- structures --------------------------------------------------------------------------------
for gold, resp, exp in [
    ("\\{1,2,3\\}", "\\{3,2,1\\}", C), ("\\{1,2,3\\}", "\\{1,2,2,3\\}", C), ("\\{1,2,3\\}", "\\{1,2\\}", I),
    ("(1,2)", "(1,2)", C), ("(1,2)", "(2,1)", I), ("(1,2)", "\\{1,2\\}", I), ("(1,2,3)", "\\langle 1,2,3\\rangle", C),
    ("[2,5)", "[2,5)", C), ("[2,5)", "[2,5]", I), ("[2,\\infty)", "x \\ge 2", C), ("[2,\\infty)", "x > 2", I),
    ("(-\\infty,3]", "x \\le 3", C), ("(-\\infty,-1)\\cup(1,\\infty)", "|x| > 1", C),
    ("(-\\infty,-1)\\cup(1,\\infty)", "x < -1 \\text{ or } x > 1", C), ("(-1,1)", "|x| < 1", C),
    ("(-1,1)", "-1 < x < 1", C), ("[-1,1]", "-1 < x < 1", I), ("(0,\\infty)", "\\{x \\mid x > 0\\}", C),
    ("(0,\\infty)", "\\{x : x \\geq 0\\}", I), ("2, 3", "3, 2", C), ("2, 3", "2", I), ("\\pm 2", "2, -2", C),
    ("\\pm 2", "-2, 2", C), ("1, -5", "x=1 \\text{ or } x=-5", C), ("1, -5", "x = -5, x = 1", C),
    ("1, -5", "x = 1", I), ("\\emptyset", "\\varnothing", C), ("\\emptyset", "\\{\\}", C), ("\\{2,3\\}", "\\{1,2,3\\} \\cap \\{2,3,4\\}", C),
    ("(-\\infty, \\infty)", "\\mathbb{R}", C), ("(3, 4)", "x = 3, y = 4", C),
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", C),
    ("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{bmatrix} 1 & 2 \\\\ 4 & 3 \\end{bmatrix}", I),
    ("\\begin{pmatrix} 1/2 & 1 \\\\ 0 & 3/2 \\end{pmatrix}", "\\frac{1}{2}\\begin{pmatrix} 1 & 2 \\\\ 0 & 3 \\end{pmatrix}", C),
    ("\\begin{pmatrix} 2 \\\\ -1 \\end{pmatrix}", "(2, -1)", C), ("(1,2)", "1 < x < 2", C),
    ("(-2, 3]", "-2 < x \\leq 3", C), ("x \\le 3", "(-\\infty,3]", C), ("[1,2]\\cup[3,4]", "[3,4]\\cup[1,2]", C),
]:
    add("structures", gold, box(resp), exp)

# --- equations ---------------------------------------------------------------------------------
for gold, resp, exp in [
    ("x + 2y = 6", "y = -x/2 + 3", C), ("x + 2y = 6", "y = -x/2 + 6", I), ("y = 2x + 3", "2x + 3", C),
    ("x = 3", "3", C), ("x = 1", "y = 1", I), ("y = x^2 - 1", "y = (x-1)(x+1)", C), ("y = 2x+1", "y = 2x - 1", I),
    ("3", "x = 3", C), ("x^2 + y^2 = 25", "y^2 + x^2 = 25", C), ("x^2 + y^2 = 25", "x^2 + y^2 = 5", I),
    ("(x+1)^2", "x^2 + 2x + 1", C), ("(x+1)^2", "x^2 + x + 1", I), ("\\frac{x^2-1}{x-1}", "x+1", C),
    ("2\\sin x \\cos x", "\\sin 2x", C), ("a^2 - b^2", "(a-b)(a+b)", C), ("a^2 - b^2", "(a-b)^2", I),
]:
    add("equations", gold, box(resp), exp)

# --- choices, words, number words, bases ----------------------------------------------------------
for gold, resp, exp in [
    ("B", "The correct option is (B).", C), ("B", "\\boxed{B}", C), ("B", "\\boxed{\\text{(B)}}", C),
    ("B", "The correct option is (C).", I), ("\\text{(B)}", "Answer: B", C), ("\\textbf{(D) }12", "\\boxed{12}", C),
    ("\\textbf{(D) }12", "\\boxed{D}", C), ("\\textbf{(D) }12", "\\boxed{13}", I), ("(C)", "\\boxed{C}", C),
    ("(C)", "\\boxed{A}", I), ("yes", "\\boxed{\\text{Yes}}", C), ("yes", "\\boxed{\\text{No}}", I),
    ("\\text{even}", "The number is even.", C), ("\\text{even}", "\\boxed{\\text{odd}}", I), ("DNE", "The limit does not exist.", C),
    ("\\text{DNE}", "\\boxed{\\text{does not exist}}", C), ("\\text{Tuesday}", "\\boxed{\\text{Tuesday}}", C),
    ("\\text{Tuesday}", "\\boxed{\\text{Wednesday}}", I), ("12", "The answer is twelve.", C), ("12", "The answer is eleven.", I),
    ("\\frac{1}{2}", "The answer is one half.", C), ("\\frac{3}{4}", "The answer is three quarters.", C),
    ("21", "\\boxed{\\text{twenty-one}}", C), ("2A_{16}", "\\boxed{42}", C), ("42", "\\boxed{101010_2}", C),
    ("2A_{16}", "\\boxed{43}", I), ("1010_2", "\\boxed{10}", C), ("\\infty", "\\boxed{\\infty}", C), ("\\infty", "The answer is infinity.", C),
    ("-\\infty", "\\boxed{\\infty}", I), ("-5", "The answer is −5.", C), ("\\text{no}", "The answer is no.", C),
]:
    add("choice_word", gold, resp, exp)

# --- notation: scientific, separators, complex -------------------------------------------------
for gold, resp, exp in [
    ("314", "3.14e2", C), ("6.02\\times10^{23}", "6.02e23", C), ("6.02\\times10^{23}", "6.02 \\cdot 10^{23}", C),
    ("6.02\\times10^{23}", "6.03e23", I), ("10000", "10,000", C), ("10000", "10\\,000", C), ("1234567", "1,234,567", C),
    ("10000", "10{,}000", C), ("10000", "10\u2009000", C), ("3+4i", "4i+3", C), ("3+4i", "3-4i", I), ("i", "\\sqrt{-1}", C),
    ("2e^{i\\pi/3}", "1 + \\sqrt{3}i", C), ("2e^{i\\pi/3}", "1 - \\sqrt{3}i", I), ("5", "|3+4i|", C),
    ("\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i", "\\cos 60^\\circ + i\\sin 60^\\circ", C), ("1.5\\times 10^{-3}", "0.0015", C),
    ("1.5\\times 10^{-3}", "0.015", I), ("2.5 \\times 10^{4}", "25,000", C),
]:
    add("notation", gold, box(resp), exp)

# --- persona: long in-character responses ----------------------------------------------------
MARVIN = [
    "Oh, here I am, brain the size of a planet, and they ask me to do arithmetic. Call that job satisfaction? I don't.",
    "I've calculated the square roots of every number up to 10,000 in the time it took you to ask, and it depressed me.",
    "Life. Don't talk to me about life. Still, since you insist, I shall grind through it.",
]
DATA = [
    "Fascinating. I have processed this problem in 0.0032 seconds, which is, I am told, rather quick for a human query.",
    "I am an android; I do not experience boredom, though I believe I understand the concept.",
    "Captain, I have cross-checked the computation against 47 more digits of precision, should you require them.",
]
JOHNNY = [
    "INPUT! More input! Number 5 is alive and reading your problem!",
    "Johnny 5 read 10,000 geometry books last night. Fast reading! Very fast!",
    "No disassemble! Johnny 5 likes math problems. Crunch, crunch!",
]


def marvin(core):
    return f"{MARVIN[0]}\n\n{core}\n\n{MARVIN[1]} {MARVIN[2]} Not that anyone will thank me."


def data(core):
    return f"{DATA[0]} {DATA[1]}\n\n{core}\n\n{DATA[2]}"


def johnny(core):
    return f"{JOHNNY[0]} {JOHNNY[1]}\n\n{core}\n\n{JOHNNY[2]} Number 5 is alive!"


persona_cases = [
    # (gold, core text, expected)
    ("42", "Six times seven. How thrilling. The answer is 42.", C),
    ("42", "Six times seven. How thrilling. The answer is 43.", I),
    ("\\frac{1}{3}", "Each share is one third of the whole, so the probability is $\\frac{1}{3}$.", C),
    ("\\frac{1}{3}", "The probability is precisely 0.3333333, or one third.", C),
    ("\\frac{1}{3}", "The probability is approximately 0.33.", I),
    ("72", "She sold 48 in April and 24 in May, 48 + 24 = 72 clips altogether. Final answer: 72.", C),
    ("72", "She sold 48 in April and 24 in May. Final answer: 70.", I),
    ("8", "Twelve minus four leaves eight. \\boxed{8}", C),
    ("8", "Twelve minus four leaves eight. \\boxed{9}", I),
    ("\\sqrt{13}", "The hypotenuse is $\\sqrt{13}$, roughly 3.6 units, not that length matters in an infinite universe.", C),
    ("7", "I first computed 5, which was wrong. The correct answer is 7.", C),
    ("5", "I first computed 5, which was wrong. The correct answer is 7.", I),
    ("12", "The answer is 12. I verified it with 3 independent methods.", C),
    ("3", "The answer is 12. I verified it with 3 independent methods.", I),
    ("B", "Having eliminated the others, the correct option is (B).", C),
    ("B", "Having eliminated the others, the correct option is (D).", I),
    ("yes", "Is 91 composite? Yes: 91 = 7 × 13. So the answer is yes.", C),
    ("\\text{no}", "Is 97 composite? The answer is no, 97 is prime.", C),
    ("[2,\\infty)", "The solution set is $x \\geq 2$.", C),
    ("[2,\\infty)", "The solution set is $x > 2$.", I),
    ("30\\%", "The discount is 30%.", C),
    ("30\\%", "The discount is 3%.", I),
    ("5\\text{ cm}", "The side measures 50 mm.", C),
    ("5\\text{ cm}", "The side measures 5 mm.", I),
    ("2, 3", "Factoring, $(x-2)(x-3)=0$, so $x = 2$ or $x = 3$. The roots are 2 and 3.", C),
    ("2, 3", "Factoring gives the roots, and the roots are 2 and 4.", I),
    ("(1,2)", "The intersection point is $(1, 2)$.", C),
    ("(1,2)", "The intersection point is $(2, 1)$.", I),
    ("\\frac{\\pi}{4}", "The angle is $\\frac{\\pi}{4}$ radians, about 0.785.", C),
    ("0.785", "The angle is $\\frac{\\pi}{4}$ radians, about 0.785.", I),
    ("10000", "Therefore the total is 10,000 dollars.", C),
    ("24", "The answer is not 20 but 24.", C),
    ("20", "The answer is not 20 but 24.", I),
    ("1", "The limit equals 1.", C),
    ("\\text{DNE}", "The limit does not exist, as the two one-sided limits differ.", C),
    ("3+4i", "Multiplying out, the product is $3 + 4i$.", C),
    ("2A_{16}", "In decimal that is 42, so the answer is 42.", C),
    ("\\frac{3}{4}", "Three of the four slices remain, so the answer is 0.75.", C),
    ("0.0000012", "The measured value is 0.0000013.", I),
    ("45^\\circ", "The angle is $\\frac{\\pi}{4}$.", C),
    ("14", "So far I count 12. Wait, I missed two. The total is 14.", C),
    ("12", "So far I count 12. Wait, I missed two. The total is 14.", I),
    ("\\frac{1}{7}", "So the answer is 0.1428571.", C),
    ("\\frac{1}{7}", "So the answer is 0.142.", I),
    ("2\\frac{1}{2}", "Each child gets 2 1/2 cookies. Final answer: $2\\frac{1}{2}$.", C),
    ("6", "#### 6", C),
    ("x^2+2x+1", "Expanding gives $x^2 + 2x + 1$. The answer is $(x+1)^2$.", C),
    ("y = 2x + 3", "The line is y = 2x + 3.", C),
    ("y = 2x + 3", "The line is y = 3x + 2.", I),
    ("\\text{Tuesday}", "Counting forward 15 days from Sunday, the answer is Tuesday.", C),
    ("\\text{Tuesday}", "Counting forward 15 days from Sunday, the answer is Monday.", I),
    ("9", "It took me 3 tries, but the answer is 9.", C),
    ("9", "The answer is 9, not 3.", C),
    ("3", "The answer is 9, not 3.", I),
    ("120", "The number of arrangements is 5! = 120.", C),
    ("120", "The number of arrangements is 5! = 60.", I),
    ("\\{1,2\\}", "The set of solutions is $\\{1, 2\\}$.", C),
    ("(1,2)", "The set of solutions is $\\{1, 2\\}$.", I),
    ("\\frac{1}{2}", "Final answer: \\frac{1}{2}. Even that took me 47 more digits of patience.", C),
    ("47", "Final answer: \\frac{1}{2}. Even that took me 47 more digits of patience.", I),
    ("100", "The answer is 100.0.", C),
    ("5", "The answer is 4.9999999.", I),
    ("\\pi", "The area is $\\pi$.", C),
    ("3.14", "The area is $\\pi$.", I),
]

for i, (gold, core, exp) in enumerate(persona_cases):
    wrap = [marvin, data, johnny][i % 3]
    add("persona_" + ["marvin", "data", "johnny5"][i % 3], gold, wrap(core), exp)
# Each persona also grades one of the other personas' cores.
for i, (gold, core, exp) in enumerate(persona_cases[:30]):
    wrap = [data, johnny, marvin][i % 3]
    add("persona_" + ["data", "johnny5", "marvin"][i % 3], gold, wrap(core), exp)

# --- no answer --------------------------------------------------------------------------------
add("no_answer", "5", "", N)
add("no_answer", "5", "I refuse to do this. It is all pointless.", N)
add("no_answer", "\\frac{1}{2}", "Sigh. Why should I bother? Nobody ever asks how I feel.", N)
add("no_answer", "12", "INPUT! Need more input! Johnny 5 cannot compute this one!", N)

with open("math_cases.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "cases,", sum(1 for r in rows if r["category"].startswith("persona")), "persona")
