#!/usr/bin/env python3
"""Writes code_rows.jsonl: 30 Nemotron-format code rows, each with a known good and a known bad candidate.

Rows 0-19 take their statements and reference solutions from scripts/nemotron-sample/code.yaml (the bundled
sample), rendered the same way; rows 20-29 are written here (Sample Input headings, multi-case input, C++,
class Solution, doctests, float tolerance, any order). Every good candidate was written independently of the
reference; every bad one has a realistic bug. Run from the repository root:
    python3 Tests/VerificationTests/Fixtures/make_code_rows.py
"""
import json
import pathlib
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = pathlib.Path(__file__).resolve().parent / "code_rows.jsonl"


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


def py(code):
    return f"Here is my solution.\n\n```python\n{code.strip()}\n```\n"


def cpp(code):
    return f"<think>\nC++ is fast enough.\n</think>\nSolution:\n\n```cpp\n{code.strip()}\n```\n"


# (good, bad) for the 20 bundled rows, in order.
SAMPLE_CANDIDATES = [
    (py("import sys\nprint(sum(map(int, sys.stdin.read().split())))"), py("a, b = map(int, input().split())\nprint(a - b)")),
    (py("w = input()\nprint(len([c for c in w if c in 'aeiou']))"), py("w = input()\nprint(sum(c in 'aeiouy' for c in w))")),
    (
        py("n = int(input())\na = list(map(int, input().split()))\nbest = -10**19\ns = 0\nfor x in a:\n    s = max(x, s + x)\n    best = max(best, s)\nprint(best)"),
        py("n = int(input())\na = list(map(int, input().split()))\nbest = 0\ns = 0\nfor x in a:\n    s = max(0, s + x)\n    best = max(best, s)\nprint(best)"),
    ),
    (
        py("M = 10**9 + 7\ndef mul(A, B):\n    return [[(A[0][0]*B[0][0]+A[0][1]*B[1][0]) % M, (A[0][0]*B[0][1]+A[0][1]*B[1][1]) % M],\n            [(A[1][0]*B[0][0]+A[1][1]*B[1][0]) % M, (A[1][0]*B[0][1]+A[1][1]*B[1][1]) % M]]\nn = int(input())\nR = [[1, 0], [0, 1]]\nB = [[1, 1], [1, 0]]\nwhile n:\n    if n & 1:\n        R = mul(R, B)\n    B = mul(B, B)\n    n >>= 1\nprint(R[0][1])"),
        py("n = int(input())\na, b = 0, 1\nfor _ in range(n):\n    a, b = b, a + b\nprint(a % 1000000007 if n < 50 else a)"),
    ),
    (py("s = input().strip()\nprint('YES' if s == s[::-1] else 'NO')"), py("s = input().strip()\nprint('YES' if s[0] == s[-1] else 'NO')")),
    (py("input()\nprint(*sorted(map(int, input().split())))"), py("input()\nprint(*sorted(set(map(int, input().split()))))")),
    (
        py("from math import gcd\na, b = map(int, input().split())\ng = gcd(a, b)\nprint(g, a // g * b)"),
        py("a, b = map(int, input().split())\nx, y = a, b\nwhile y:\n    x, y = y, x % y\nprint(x, a * b)"),
    ),
    (
        py("n = int(input())\nprint(sum(1 for k in range(2, n + 1) if all(k % d for d in range(2, int(k**0.5) + 1))))"),
        py("n = int(input())\nprint(sum(1 for k in range(1, n + 1) if all(k % d for d in range(2, k))))"),
    ),
    (
        py("s = input().strip()\nst = []\npairs = {')': '(', ']': '[', '}': '{'}\nok = True\nfor c in s:\n    if c in '([{':\n        st.append(c)\n    elif not st or st.pop() != pairs[c]:\n        ok = False\n        break\nprint('YES' if ok and not st else 'NO')"),
        py("s = input().strip()\nprint('YES' if s.count('(') == s.count(')') and s.count('[') == s.count(']') and s.count('{') == s.count('}') else 'NO')"),
    ),
    (
        py("from collections import Counter\nn, k = map(int, input().split())\na = list(map(int, input().split()))\nseen = Counter()\ntotal = 0\nfor x in a:\n    total += seen[k - x]\n    seen[x] += 1\nprint(total)"),
        py("n, k = map(int, input().split())\na = list(map(int, input().split()))\nprint(len({(x, y) for i, x in enumerate(a) for y in a[i + 1:] if x + y == k}))"),
    ),
    (py("print(' '.join(reversed(input().split())))"), py("print(input()[::-1])")),
    (py("print(format(int(input()), 'b').count('1'))"), py("n = int(input())\nc = 0\nwhile n > 1:\n    c += n & 1\n    n >>= 1\nprint(c)")),
    (
        py("import sys\nsys.setrecursionlimit(10000)\nr, c = map(int, input().split())\ng = [list(input()) for _ in range(r)]\ncount = 0\nfor i in range(r):\n    for j in range(c):\n        if g[i][j] == '#':\n            count += 1\n            stack = [(i, j)]\n            g[i][j] = '.'\n            while stack:\n                x, y = stack.pop()\n                for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):\n                    u, v = x + dx, y + dy\n                    if 0 <= u < r and 0 <= v < c and g[u][v] == '#':\n                        g[u][v] = '.'\n                        stack.append((u, v))\nprint(count)"),
        py("r, c = map(int, input().split())\ng = [input() for _ in range(r)]\nprint(sum(row.count('#') for row in g))"),
    ),
    (
        py("a = input().strip()\nb = input().strip()\nprev = [0] * (len(b) + 1)\nfor x in a:\n    cur = [0]\n    for j, y in enumerate(b):\n        cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))\n    prev = cur\nprint(prev[-1])"),
        py("a = input().strip()\nb = input().strip()\nbest = 0\nfor i in range(len(a)):\n    for j in range(i + 1, len(a) + 1):\n        if a[i:j] in b:\n            best = max(best, j - i)\nprint(best)"),
    ),
    (
        py("n, s = map(int, input().split())\ncoins = list(map(int, input().split()))\nINF = float('inf')\ndp = [0] + [INF] * s\nfor v in range(1, s + 1):\n    for c in coins:\n        if c <= v and dp[v - c] + 1 < dp[v]:\n            dp[v] = dp[v - c] + 1\nprint(dp[s] if dp[s] < INF else -1)"),
        py("n, s = map(int, input().split())\ncoins = sorted(map(int, input().split()), reverse=True)\nk = 0\nfor c in coins:\n    k += s // c\n    s %= c\nprint(k if s == 0 else 0)"),
    ),
    (
        py("from collections import deque\nimport sys\ndata = sys.stdin.read().split()\nn, m = int(data[0]), int(data[1])\nadj = [[] for _ in range(n + 1)]\nfor i in range(m):\n    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])\n    adj[u].append(v)\n    adj[v].append(u)\ndist = [-1] * (n + 1)\ndist[1] = 0\nq = deque([1])\nwhile q:\n    u = q.popleft()\n    for v in adj[u]:\n        if dist[v] < 0:\n            dist[v] = dist[u] + 1\n            q.append(v)\nprint(dist[n])"),
        py("import sys\ndata = sys.stdin.read().split()\nn, m = int(data[0]), int(data[1])\nprint(n - 1 if m >= n - 1 else -1)"),
    ),
    (py("def is_anagram(a, b):\n    return sorted(a) == sorted(b)"), py("def is_anagram(a, b):\n    return len(a) == len(b)")),
    (
        py("def flatten(nested):\n    out = []\n    for x in nested:\n        if isinstance(x, list):\n            out.extend(flatten(x))\n        else:\n            out.append(x)\n    return out"),
        py("def flatten(nested):\n    out = []\n    for x in nested:\n        if isinstance(x, list):\n            out.extend(x)\n        else:\n            out.append(x)\n    return out"),
    ),
    (
        py("def roman_to_int(s):\n    v = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}\n    total = 0\n    for i, ch in enumerate(s):\n        if i + 1 < len(s) and v[ch] < v[s[i + 1]]:\n            total -= v[ch]\n        else:\n            total += v[ch]\n    return total"),
        py("def roman_to_int(s):\n    v = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}\n    return sum(v[ch] for ch in s)"),
    ),
    (
        py("from itertools import groupby\n\ndef run_length_encode(s):\n    return ''.join(f'{k}{len(list(g))}' for k, g in groupby(s))"),
        py("from itertools import groupby\n\ndef run_length_encode(s):\n    out = ''\n    for k, g in groupby(s):\n        n = len(list(g))\n        out += k + (str(n) if n > 1 else '')\n    return out"),
    ),
]

EXTRA = [
    {
        "problem": "Given a list of integers, print the second largest distinct value, or -1 if there is none.\n\nSample Input 1:\n```\n5\n4 1 4 3 2\n```\nSample Output 1:\n```\n3\n```\n\nSample Input 2:\n```\n3\n7 7 7\n```\nSample Output 2:\n```\n-1\n```\n",
        "reference": py("n = int(input())\nv = sorted(set(map(int, input().split())))\nprint(v[-2] if len(v) > 1 else -1)"),
        "good": py("input()\nxs = set(map(int, input().split()))\nif len(xs) < 2:\n    print(-1)\nelse:\n    xs.remove(max(xs))\n    print(max(xs))"),
        "bad": py("input()\nxs = sorted(map(int, input().split()))\nprint(xs[-2])"),
    },
    {
        "problem": "You are given t test cases. In each test case you are given one integer n (1 ≤ n ≤ 10^9). Print the sum of its digits.\n\nExample\nInput\n3\n12\n5\n999\nOutput\n3\n5\n27\n",
        "reference": py("t = int(input())\nfor _ in range(t):\n    print(sum(map(int, input().strip())))"),
        "good": py("import sys\nd = sys.stdin.read().split()\nfor s in d[1:1 + int(d[0])]:\n    print(sum(int(c) for c in s))"),
        # Correct on the examples, wrong with more than three cases: reads exactly three numbers.
        "bad": py("import sys\nfor s in sys.stdin.read().split()[1:4]:\n    print(sum(map(int, s)))"),
    },
    {
        "problem": "Read n and print n! (the factorial of n).\n\nConstraints: 0 ≤ n ≤ 20.\n\nInput\n5\nOutput\n120\n\nInput\n3\nOutput\n6\n",
        "reference": py("import math\nprint(math.factorial(int(input())))"),
        "good": cpp("#include <iostream>\nint main(){ long long n, f = 1; std::cin >> n; for (long long i = 2; i <= n; ++i) f *= i; std::cout << f << std::endl; }"),
        # Wrong only for n = 0, the smallest value the constraints allow.
        "bad": py("n = int(input())\nf = n\nfor i in range(2, n):\n    f *= i\nprint(f)"),
    },
    {
        "problem": "Print the average of the given numbers. Your answer is accepted if its absolute or relative error does not exceed 10^{-6}.\n\n-----Examples-----\nInput\n3\n1 2 2\n\nOutput\n1.6666666667\n",
        "reference": py("n = int(input())\na = list(map(int, input().split()))\nprint(f'{sum(a) / n:.10f}')"),
        "good": py("n = int(input())\na = list(map(int, input().split()))\nprint(sum(a) / n)"),
        "bad": py("n = int(input())\na = list(map(int, input().split()))\nprint(round(sum(a) / n, 2))"),
    },
    {
        "problem": "Print all divisors of n. You may print them in any order.\n\nInput\n12\nOutput\n1 2 3 4 6 12\n",
        "reference": py("n = int(input())\nprint(*[d for d in range(1, n + 1) if n % d == 0])"),
        "good": py("n = int(input())\nsmall, large = [], []\nd = 1\nwhile d * d <= n:\n    if n % d == 0:\n        small.append(d)\n        if d != n // d:\n            large.append(n // d)\n    d += 1\nprint(*(large + small))"),
        "bad": py("n = int(input())\nprint(*[d for d in range(1, n) if n % d == 0])"),
    },
    {
        "problem": "Given an integer array nums, return the length of the longest strictly increasing subsequence.\n\nExample 1:\nInput: nums = [10,9,2,5,3,7,101,18]\nOutput: 4\n\nExample 2:\nInput: nums = [7,7,7,7]\nOutput: 1\n\n```python\nclass Solution:\n    def lengthOfLIS(self, nums: List[int]) -> int:\n```\n",
        "reference": py("from bisect import bisect_left\nfrom typing import List\n\nclass Solution:\n    def lengthOfLIS(self, nums: List[int]) -> int:\n        tails = []\n        for x in nums:\n            i = bisect_left(tails, x)\n            if i == len(tails):\n                tails.append(x)\n            else:\n                tails[i] = x\n        return len(tails)"),
        "good": py("from typing import List\n\nclass Solution:\n    def lengthOfLIS(self, nums: List[int]) -> int:\n        best = [1] * len(nums)\n        for i in range(len(nums)):\n            for j in range(i):\n                if nums[j] < nums[i]:\n                    best[i] = max(best[i], best[j] + 1)\n        return max(best, default=0)"),
        "bad": py("from typing import List\n\nclass Solution:\n    def lengthOfLIS(self, nums: List[int]) -> int:\n        return len(set(nums))"),
    },
    {
        "problem": "Implement `count_words(text)` returning the number of whitespace-separated words.\n\n>>> count_words('hello world')\n2\n>>> count_words('  spaced   out  ')\n2\n>>> count_words('')\n0\n",
        "reference": py("def count_words(text):\n    return len(text.split())"),
        "good": py("import re\n\ndef count_words(text):\n    return len(re.findall(r'\\S+', text))"),
        "bad": py("def count_words(text):\n    return text.count(' ') + 1"),
    },
    {
        "problem": "Given n, print the n-th triangular number n*(n+1)/2.\n\nInput\n4\nOutput\n10\n\nInput\n100000\nOutput\n5000050000\n",
        "reference": cpp("#include <cstdio>\nint main(){ long long n; std::scanf(\"%lld\", &n); std::printf(\"%lld\\n\", n * (n + 1) / 2); }"),
        "good": py("n = int(input())\nprint(n * (n + 1) // 2)"),
        "bad": cpp("#include <cstdio>\nint main(){ int n; std::scanf(\"%d\", &n); std::printf(\"%d\\n\", n * (n + 1) / 2); }"),
    },
    {
        "problem": "Given n, print the sum 1 + 2 + ... + n.\n\nSAMPLE INPUT\n10\n\nSAMPLE OUTPUT\n55\n",
        "reference": py("n = int(input())\nprint(n * (n + 1) // 2)"),
        "good": py("print(sum(range(int(input()) + 1)))"),
        # Times out: counts one by one to a huge bound first.
        "bad": py("n = int(input())\ns = 0\ni = 0\nwhile i < 10**12:\n    i += 1\nprint(n)"),
        "bad_verdict": "timeout",
    },
    {
        "problem": "Read a word and print it in upper case.\n\nInput:\nhello\n\nOutput:\nHELLO\n",
        "reference": py("print(input().upper())"),
        "good": cpp("#include <iostream>\n#include <string>\n#include <cctype>\nint main(){ std::string s; std::cin >> s; for (auto& c : s) c = std::toupper(c); std::cout << s << \"\\n\"; }"),
        "bad": cpp("#include <iostream>\nint main(){ std::string s; std::cin >> s; std::cout << s << \"\\n\" }"),
    },
]


def main():
    items = yaml.safe_load((ROOT / "scripts/nemotron-sample/code.yaml").read_text())
    rows = []
    for index, (item, (good, bad)) in enumerate(zip(items, SAMPLE_CANDIDATES)):
        statement = render_stdio(item) if item["style"] == "stdio" else render_function(item)
        reference = f"<think>\n{item['think']}\n</think>\n\n{item['approach']}\n\n```python\n{item['solution']}```"
        rows.append((statement, reference, good, bad, "incorrect"))
    for item in EXTRA:
        rows.append((item["problem"], item["reference"], item["good"], item["bad"], item.get("bad_verdict", "incorrect")))
    with OUT.open("w") as out:
        for index, (statement, reference, good, bad, bad_verdict) in enumerate(rows):
            row = {
                "uuid": f"code-verify-{index:02d}",
                "category": "code",
                "generator": "handwritten",
                "reasoning": "on",
                "messages": [
                    {"role": "user", "content": statement},
                    {"role": "assistant", "content": reference},
                ],
                "candidates": [
                    {"label": "good", "response": good, "verdict": "correct"},
                    {"label": "bad", "response": bad, "verdict": bad_verdict},
                ],
            }
            out.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
