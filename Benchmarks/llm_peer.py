#!/usr/bin/env python3
"""Peer figures for the LLM client benchmark: the official openai Python SDK against the same server.

Per-request latency of `client.chat.completions.create` (JSON and stream) and of a bare httpx POST,
at concurrency 1, 8 and 64 (threads), in the same format as LLMBenchmarks.
"""
import argparse
import concurrent.futures
import statistics
import time

import httpx
import openai


def run(concurrency, total, call):
    for _ in range(20):
        call()
    per_worker = total // concurrency

    def worker():
        out = []
        for _ in range(per_worker):
            start = time.perf_counter()
            call()
            out.append((time.perf_counter() - start) * 1000)
        return out

    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        parts = [f.result() for f in [pool.submit(worker) for _ in range(concurrency)]]
    values = sorted(v for part in parts for v in part)
    return values[len(values) // 2], values[len(values) * 9 // 10]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}/v1"
    limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
    http = httpx.Client(limits=limits)
    client = openai.OpenAI(base_url=base, api_key="sk-bench", http_client=httpx.Client(limits=limits), max_retries=2)
    messages = [
        {"role": "system", "content": "You are Marvin, the Paranoid Android. Brain the size of a planet."},
        {"role": "user", "content": "What is 6 times 7? Put the final answer in \\boxed{}."},
    ]
    body = {"model": "gpt-4o-mini", "messages": messages, "max_tokens": 512, "temperature": 0.7}

    def bare():
        http.post(base + "/chat/completions", json=body, headers={"authorization": "Bearer sk-bench"}).json()

    def sdk_json():
        client.chat.completions.create(**body).choices[0].message.content

    def sdk_stream():
        stream = client.chat.completions.create(**body, stream=True, stream_options={"include_usage": True})
        "".join((chunk.choices[0].delta.content or "") for chunk in stream if chunk.choices)

    print(f"peer: openai-python {openai.__version__} (httpx {httpx.__version__}); median/p90 ms; overhead = SDK − bare httpx")
    print("concurrency  requests  bare httpx    SDK JSON      SDK stream    | overhead JSON / stream")
    for concurrency in (1, 8, 64):
        total = {1: 1000, 8: 2000, 64: 3200}[concurrency]
        b = run(concurrency, total, bare)
        j = run(concurrency, total, sdk_json)
        s = run(concurrency, total, sdk_stream)
        cells = "".join(f"{m:5.3f}/{p:5.3f}  " for m, p in (b, j, s))
        print(f"{concurrency:11d}  {total:8d}  {cells}| {j[0] - b[0]:.3f} / {s[0] - b[0]:.3f}")


if __name__ == "__main__":
    main()
