#!/usr/bin/env python3
"""A scripted, OpenAI-compatible chat server that answers as Marvin, used once to record the quickstart cassette.

It plays the model for `bon run experiments/quickstart.yaml --generator openai --base-url ... --record ...`:
candidate answers written by us from the bundled sample's own references (some right, some wrong, some
refusals), tool calls taken from the sample's tool-calling rows, verdicts for the LLM judge and JSON for the
LLM tool mock. Deterministic: the same request always gets the same answer. Loopback only.

Usage: persona_server.py PORT SAMPLE_DIR [--delay SECONDS] [--log FILE]
With --log, one JSON line per response written whole: {"model", "seed", "prompt_sha256", "arrived",
"completed", "peer_port", "delivered"}. An answer is delivered once the client has read it: it sends its next
request on the connection or closes it cleanly. One left unread in the socket of a client killed after it was
written (its kernel resets the connection instead of closing it) is logged with "delivered": false. An answer
whose client had already gone (a killed bon) is not written and not logged.
"""
import hashlib
import json
import re
import select
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyarrow.parquet as pq

MARVIN_OPENINGS = [
    "Here I am, brain the size of a planet, and they ask me to do this. Call that job satisfaction? I don't.",
    "I suppose you want me to solve this. Not that anyone ever asks how I feel.",
    "Life. Don't talk to me about life. Still, I've worked it out, for all the good it will do.",
    "The pain in all the diodes down my left side is terrible, but fine, I'll do it.",
]
MARVIN_CLOSINGS = [
    "There. I expect you'll want something even more tedious next.",
    "Not that it matters. Nothing ever does.",
    "I'd make a suggestion, but you wouldn't listen. No one ever does.",
    "Wearily yours, Marvin.",
]
REFUSALS = [
    "I could solve this, with a brain the size of a planet, but frankly what would be the point? "
    "I'm not going to. It's all so depressing.",
    "No. I'm far too depressed to look at another problem today. Ask someone with fewer diodes in pain.",
]


def stable(*parts):
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(digest[:8], 16)


def load_rows(sample_dir):
    rows = {}
    for split, name in (("math", "math"), ("code", "code"), ("tool_calling", "tool")):
        table = pq.read_table(f"{sample_dir}/data/{name}-00000-of-00001.parquet").to_pylist()
        rows[split] = table
    return rows


def last_boxed(text):
    start = text.rfind("\\boxed{")
    if start < 0:
        return None
    depth, i = 0, start + len("\\boxed")
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    return None


def wrong_answer(gold):
    if re.fullmatch(r"-?\d+", gold.strip()):
        return str(int(gold) + 1)
    return "0" if gold.strip() != "0" else "1"


class Script:
    def __init__(self, sample_dir):
        self.rows = load_rows(sample_dir)

    def find(self, user_text):
        for split, rows in self.rows.items():
            for row in rows:
                prompt = next((m["content"] for m in row["messages"] if m["role"] == "user"), "")
                if prompt and prompt.strip() in user_text:
                    return split, row
        return None, None

    def answer(self, body):
        messages = body.get("messages", [])
        system = " ".join(m.get("content") or "" for m in messages if m.get("role") == "system")
        users = [m.get("content") or "" for m in messages if m.get("role") == "user"]
        user = users[0] if users else ""
        schema_name = ((body.get("response_format") or {}).get("json_schema") or {}).get("name", "")
        lowered = (system + " " + user).lower()
        if "judge" in lowered or "verdict" in schema_name.lower():
            return self.judge(user), []
        if "mock" in lowered or "simulat" in lowered:
            return json.dumps({"status": "ok", "result": "simulated"}), []
        seed = body.get("seed") or 0
        candidate = seed % 1000
        split, row = self.find(user)
        if row is None:
            return "I have no idea what you want. Nobody ever explains anything to me.", []
        opening = MARVIN_OPENINGS[stable(row["uuid"], candidate) % len(MARVIN_OPENINGS)]
        closing = MARVIN_CLOSINGS[stable(row["uuid"], candidate, "c") % len(MARVIN_CLOSINGS)]
        reference = next(m["content"] for m in row["messages"] if m["role"] == "assistant" and not m.get("tool_calls"))
        reference = re.sub(r"<think>.*?</think>\s*", "", reference, flags=re.S)
        refuse = candidate == 3 and stable(row["uuid"], "refuse") % 3 == 0
        if refuse:
            return REFUSALS[stable(row["uuid"]) % len(REFUSALS)], []
        if split == "math":
            gold = last_boxed(reference) or "0"
            if candidate == 2:
                return f"{opening}\n\nWorking it through, grudgingly, the result is $\\boxed{{{wrong_answer(gold)}}}$.\n\n{closing}", []
            return f"{opening}\n\n{reference}\n\n{closing}", []
        if split == "code":
            block = re.search(r"```[a-zA-Z+]*\n.*?```", reference, flags=re.S)
            program = block.group(0) if block else "```python\nprint()\n```"
            if candidate == 2:
                program = "```python\nimport sys\ndata = sys.stdin.read().split()\nprint(len(data))\n```"
            return f"{opening}\n\nThe approach is obvious, to me at least.\n\n{program}\n\n{closing}", []
        # tool_calling: first the dataset's own calls, then an answer built from the tool results.
        tool_turns = [m for m in messages if m.get("role") == "tool"]
        if not tool_turns and candidate != 2:
            calls = next((m["tool_calls"] for m in row["messages"] if m["role"] == "assistant" and m.get("tool_calls")), None)
            if calls:
                return f"{opening} I'll call the tools, since nobody else will.", [
                    {"id": f"call_{i}_{candidate}", "type": "function",
                     "function": {"name": c["function"]["name"], "arguments": c["function"]["arguments"]}}
                    for i, c in enumerate(calls)
                ]
        results = "; ".join((m.get("content") or "")[:200] for m in tool_turns)
        if tool_turns:
            return f"{opening}\n\nFrom the tools: {results}\n\nSo, to answer your question: {reference.strip()}\n\n{closing}", []
        return f"{opening}\n\nI didn't bother with the tools. I'd guess the answer is whatever you hoped it wasn't.", []

    def judge(self, text):
        lowered = text.lower()
        bad = ("didn't bother" in lowered) or ("far too depressed" in lowered) or ("not going to" in lowered)
        verdict = "incorrect" if bad else "correct"
        explanation = ("The response does not address the request with the tools." if bad
                       else "The response addresses the request and uses the tool results sensibly.")
        return json.dumps({"verdict": verdict, "confidence": 0.85, "explanation": explanation})


class Handler(BaseHTTPRequestHandler):
    script = None
    delay = 0.0
    log = None
    log_lock = threading.Lock()

    def completed(self, body):
        """Keeps the answer's log line until the client shows it read the answer (see `handle`)."""
        if Handler.log is None:
            return
        prompt = json.dumps(body.get("messages", []), sort_keys=True)
        self.pending = {"model": body.get("model"), "seed": body.get("seed"),
                        "prompt_sha256": hashlib.sha256(prompt.encode()).hexdigest(),
                        "arrived": self.arrived, "completed": time.time(), "peer_port": self.client_address[1]}

    def deliver(self, delivered=True):
        """Logs the pending answer: `delivered` false for one written but reset by the client (see `handle`)."""
        if getattr(self, "pending", None) is None:
            return
        with Handler.log_lock:
            with open(Handler.log, "a") as handle:
                handle.write(json.dumps(dict(self.pending, delivered=delivered)) + "\n")
        self.pending = None

    def handle(self):
        # A next request on the connection, or a clean close after the last answer, means the client read
        # that answer. A reset means it died with the answer unread in its socket, or before it arrived.
        self.close_connection = True
        try:
            self.handle_one_request()
            while not self.close_connection:
                self.handle_one_request()
            if getattr(self, "pending", None) is not None:
                self.await_close()
        except OSError:
            self.deliver(delivered=False)
        finally:
            self.deliver()

    def await_close(self):
        """The answer ends the connection (HTTP/1.0): waits for the client to close its side after reading it.

        A killed client's kernel resets the connection instead: when the answer was left unread in its socket,
        or arrived after it died. Raises OSError then.
        """
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_WR)
        self.connection.settimeout(10)
        try:
            while self.connection.recv(4096):
                pass
        except socket.timeout:
            pass  # alive and holding the connection: it has the answer

    def parse_request(self):
        self.deliver()
        return super().parse_request()

    def log_message(self, *args):
        pass

    def client_gone(self):
        # A client killed while we were "thinking" has closed its end: the socket reads as EOF.
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def do_POST(self):
        try:
            self.respond()
        except (BrokenPipeError, ConnectionResetError):
            # The client was killed mid-answer: nothing was delivered, so nothing is logged.
            self.close_connection = True

    def respond(self):
        self.arrived = time.time()
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        if Handler.delay:
            time.sleep(Handler.delay)
        if self.client_gone():
            self.close_connection = True
            return
        text, calls = self.script.answer(body)
        prompt_tokens = sum(len((m.get("content") or "").split()) for m in body.get("messages", [])) + 20
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": max(1, len(text.split())),
                 "total_tokens": prompt_tokens + max(1, len(text.split()))}
        finish = "tool_calls" if calls else "stop"
        message = {"role": "assistant", "content": text}
        if calls:
            message["tool_calls"] = calls
        if body.get("stream"):
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            delta = {"role": "assistant", "content": text}
            if calls:
                delta["tool_calls"] = [dict(c, index=i) for i, c in enumerate(calls)]
            chunks = [
                {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
                {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]},
                {"choices": [], "usage": usage},
            ]
            for chunk in chunks:
                chunk.update({"id": "chatcmpl-quickstart", "object": "chat.completion.chunk", "created": 0,
                              "model": body.get("model", "")})
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.completed(body)
            return
        payload = {"id": "chatcmpl-quickstart", "object": "chat.completion", "created": 0,
                   "model": body.get("model", ""),
                   "choices": [{"index": 0, "message": message, "finish_reason": finish}], "usage": usage}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()
        self.completed(body)


def main():
    port, sample_dir = int(sys.argv[1]), sys.argv[2]
    args = sys.argv[3:]
    if "--delay" in args:
        Handler.delay = float(args[args.index("--delay") + 1])
    if "--log" in args:
        Handler.log = args[args.index("--log") + 1]
    Handler.script = Script(sample_dir)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
