#!/usr/bin/env python3
"""Peer figures for the LLM client benchmark: the official openai and anthropic Python SDKs against the
same server as LLMBenchmarks.

Per-request latency of `client.chat.completions.create` (JSON and stream) and of anthropic's
`client.messages.create(stream=True)`, each beside a bare POST with the SDK's own HTTP library that reads
the same bytes, at concurrency 1, 8 and 64 (threads); CPU = this process's CPU time per request.
"""
import argparse
import concurrent.futures
import time
import warnings

try:  # openai-python 3.x ships its HTTP client as httpx2; 1.x/2.x use httpx.
    import httpx2 as httpx
except ImportError:
    import httpx
import openai

try:
    import anthropic
except ImportError:
    anthropic = None


def latencies(concurrency, total, call):
    per_worker = max(1, total // concurrency)

    def worker():
        out = []
        for _ in range(per_worker):
            start = time.perf_counter()
            call()
            out.append((time.perf_counter() - start) * 1000)
        return out

    cpu = time.process_time()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        parts = [f.result() for f in [pool.submit(worker) for _ in range(concurrency)]]
    return [v for part in parts for v in part], time.process_time() - cpu


def interleaved(concurrency, total, bare, ours, rounds=5):
    for _ in range(20):
        bare()
        ours()
    samples = ([], []), [0.0, 0.0]
    for _ in range(rounds):
        for index, call in enumerate((bare, ours)):
            values, cpu = latencies(concurrency, total // rounds, call)
            samples[0][index].extend(values)
            samples[1][index] += cpu
    result = []
    for index in range(2):
        values = sorted(samples[0][index])
        result.append((values[len(values) // 2], values[len(values) * 9 // 10], samples[1][index] / len(values) * 1e6))
    return result


def main():
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
    http = httpx.Client(limits=limits)
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-bench", http_client=httpx.Client(limits=limits))
    system = "You are Marvin, the Paranoid Android. Brain the size of a planet."
    user = "What is 6 times 7? Put the final answer in \\boxed{}."
    messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    body = {"model": "gpt-4o-mini", "messages": messages, "max_tokens": 512, "temperature": 0.7}
    stream_body = dict(body, stream=True, stream_options={"include_usage": True})
    anthropic_body = {
        "model": "claude-sonnet-4-5-20250929",
        "system": system,
        "messages": [{"role": "user", "content": user}],
        "max_tokens": 512,
        "stream": True,
    }
    headers = {"authorization": "Bearer sk-bench"}

    def bare(path, payload):
        return lambda: http.post(base + path, json=payload, headers=headers).read()

    def sdk_json():
        client.chat.completions.create(**body).choices[0].message.content

    def sdk_stream():
        stream = client.chat.completions.create(**stream_body)
        "".join((chunk.choices[0].delta.content or "") for chunk in stream if chunk.choices)

    pairs = [
        ("openai JSON", bare("/v1/chat/completions", body), sdk_json),
        ("openai stream", bare("/v1/chat/completions", stream_body), sdk_stream),
    ]
    if anthropic is not None:
        anthropic_client = anthropic.Anthropic(base_url=base, api_key="sk-bench", http_client=httpx.Client(limits=limits))

        def sdk_anthropic():
            with anthropic_client.messages.stream(**{k: v for k, v in anthropic_body.items() if k != "stream"}) as s:
                s.get_final_text()

        pairs.append(("anthropic stream", bare("/v1/messages", anthropic_body), sdk_anthropic))

    versions = f"openai-python {openai.__version__}"
    if anthropic is not None:
        versions += f", anthropic-python {anthropic.__version__}"
    print(f"peer: {versions} (HTTP: {httpx.__name__} {httpx.__version__}); bare = a POST with that HTTP library")
    print("concurrency  requests  client            bare ms        SDK ms         bare CPU  SDK CPU  | overhead ms  overhead CPU µs")
    for concurrency in (1, 8, 64):
        total = {1: 500, 8: 1000, 64: 1280}[concurrency]
        for label, bare_call, sdk_call in pairs:
            (bm, bp, bc), (sm, sp, sc) = interleaved(concurrency, total, bare_call, sdk_call)
            print(
                f"{concurrency:11d}  {total:8d}  {label:16s}  {bm:6.3f}/{bp:6.3f}  {sm:6.3f}/{sp:6.3f}  "
                f"{bc:8.1f}  {sc:8.1f} | {sm - bm:11.3f}  {sc - bc:15.1f}"
            )


if __name__ == "__main__":
    main()
