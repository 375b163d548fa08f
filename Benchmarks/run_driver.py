#!/usr/bin/env python3
"""Drives Benchmarks/run.sh: starts the fixed-latency server, runs `bon run`, and prints figures beside bounds."""
import json
import os
import subprocess
import sys
import tempfile

import pyarrow.parquet as pq

BON, SERVER = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
QUICK = "--quick" in sys.argv
# --only C:L runs that throughput case alone (for comparing two builds case by case).
ONLY = tuple(int(x) for x in sys.argv[sys.argv.index("--only") + 1].split(":")) if "--only" in sys.argv else None
REALTIME = subprocess.run(["chrt", "-f", "10", "true"], capture_output=True).returncode == 0


def serve(latency_ms, rpm=None):
    command = [SERVER, "serve", "--latency-ms", str(latency_ms)] + (["--rpm", str(rpm)] if rpm else [])
    # The server stands in for a remote machine: at real-time priority (when allowed) its answers keep time
    # while bon and other processes load the 2 cores; it uses a few µs of CPU per answer.
    if REALTIME:
        command = ["chrt", "-f", "10"] + command
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline().split()[-1])
    return server, port


def stop(server):
    server.stdin.close()
    stats = json.loads(server.stdout.readline())
    server.wait()
    return stats


def run(work, port, queries, candidates, concurrency, name):
    os.makedirs(f"{work}/experiments", exist_ok=True)
    os.makedirs(f"{work}/data", exist_ok=True)
    with open(f"{work}/data/{name}.jsonl", "w") as handle:
        for i in range(queries):
            a, b = 7 * i + 3, 3 * i + 11
            handle.write(json.dumps({"uuid": f"{name}-{i:06d}", "category": "math", "messages": [
                {"role": "user", "content": f"What is {a} + {b}?"},
                {"role": "assistant", "content": f"\\boxed{{{a + b}}}"}]}) + "\n")
    with open(f"{work}/experiments/{name}.yaml", "w") as handle:
        handle.write(f"""dataset: data/{name}.jsonl
splits: math
max_queries: {queries}
num_candidates: {candidates}
model: gpt-4o-mini
generator: openai
base_url: http://127.0.0.1:{port}/v1
concurrency: {concurrency}
temperature: 0.7
max_tokens: 64
output: results/{name}.parquet
""")
    env = dict(os.environ, OPENAI_API_KEY="sk-benchmark-not-a-real-key", NO_COLOR="1")
    process = subprocess.Popen(
        [BON, "run", f"{work}/experiments/{name}.yaml", "--json-progress", "--no-cache", "--overwrite"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = process.stderr.read().splitlines()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    events = [json.loads(line) for line in lines if line.startswith("{")]
    if process.returncode not in (0, 1) or not events:
        print("\n".join(lines[-20:]))
        raise SystemExit(f"bon run exited {process.returncode}")
    last = events[-1]
    table = pq.read_table(f"{work}/results/{name}.parquet", columns=["verdict", "is_verified"]).to_pydict()
    failed = sum(1 for verdict in table["verdict"] if verdict in ("generation_error", "verifier_error", "timeout"))
    return {
        "rows": len(table["verdict"]), "done": last["done"], "elapsed": last["elapsed_s"],
        "rate": last["done"] / last["elapsed_s"], "failed": failed, "verified": sum(table["is_verified"]),
        "peak_rss_mb": usage.ru_maxrss / 1024,
    }


def main():
    work = tempfile.mkdtemp(prefix="bon-run-bench-")
    print("\n== throughput at fixed latency L and concurrency C (bound: C/L candidates per second; target within 5%)")
    print("   (server ms: the server's answer time, request read to answer written, median; turnaround ms: per")
    print("    connection, an answer's last byte written to the next request read, median: the client's share)")
    print(f"{'C':>5} {'L ms':>6} {'candidates':>10} {'bound/s':>9} {'bon/s':>9} {'bon/bound':>10} {'failed':>7}"
          f" {'server ms':>10} {'turnaround ms':>14}")
    # C = 1 at 20 ms is the harshest case: every cycle's fixed cost (about 0.5-1 ms here) is a share of 20 ms.
    cases = [(1, 20, 200), (1, 100, 100), (8, 50, 800), (64, 200, 3200), (256, 500, 5120)]
    if QUICK:
        cases = [(8, 50, 400), (64, 200, 1280)]
    if ONLY:
        cases = [case for case in cases if case[:2] == ONLY] or [(ONLY[0], ONLY[1], 200 * ONLY[0])]
    for concurrency, latency, total in cases:
        server, port = serve(latency)
        result = run(work, port, total // 4, 4, concurrency, f"c{concurrency}")
        stats = stop(server)
        bound = concurrency / (latency / 1000)
        print(f"{concurrency:>5} {latency:>6} {result['done']:>10} {bound:>9.1f} {result['rate']:>9.1f} "
              f"{result['rate'] / bound:>9.1%} {result['failed']:>7} {stats['served_ms_p50']:>10.2f} "
              f"{stats['turnaround_ms_p50']:>14.2f}")

    if ONLY:
        return
    rpm = 1200
    total = 400 if QUICK else 800
    print(f"\n== requests-per-minute limit R = {rpm} (bound: {rpm / 60:.1f}/s; target within 10%, zero failed rows)")
    server, port = serve(20, rpm)
    result = run(work, port, total // 4, 4, 64, "rpm")
    stats = stop(server)
    print(f"{'R/s':>7} {'candidates':>10} {'bon/s':>8} {'bon/R':>7} {'429s':>6} {'failed':>7}")
    print(f"{rpm / 60:>7.1f} {result['done']:>10} {result['rate']:>8.2f} {result['rate'] / (rpm / 60):>6.1%} "
          f"{stats['limited']:>6} {result['failed']:>7}")

    rows = 20_000 if QUICK else 100_000
    print(f"\n== memory: a {rows:,}-row run (target: peak RSS under 200 MB)")
    server, port = serve(5)
    result = run(work, port, rows // 4, 4, 128, "memory")
    stop(server)
    print(f"{'rows':>8} {'seconds':>8} {'bon/s':>8} {'peak RSS MB':>12} {'verified':>9} {'failed':>7}")
    print(f"{result['rows']:>8} {result['elapsed']:>8.1f} {result['rate']:>8.1f} {result['peak_rss_mb']:>12.1f} "
          f"{result['verified']:>9} {result['failed']:>7}")


if __name__ == "__main__":
    main()
