#!/usr/bin/env bash
# LLM client overhead: our clients (release build) beside the official openai and anthropic Python SDKs,
# each measured against a bare request that reads the same bytes from the same loopback server.
# The server runs in its own process so that the CPU figures are the client's alone.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product LLMBenchmarks
bin="$(swift build -c release --show-bin-path)/LLMBenchmarks"
ports="$(mktemp -d)"
# One server answers at once; the paced one answers like a model (20 ms to the first byte, then an event
# every 2 ms), so that concurrency 64 means requests waiting on the server, not on the CPU.
"$bin" serve > "$ports/immediate" &
server=$!
"$bin" serve --delay-ms 20 --gap-ms 2 > "$ports/paced" &
paced_server=$!
trap 'kill "$server" "$paced_server" 2>/dev/null || true; rm -rf "$ports"' EXIT
for _ in $(seq 50); do
    grep -q '^port' "$ports/immediate" 2>/dev/null && grep -q '^port' "$ports/paced" 2>/dev/null && break
    sleep 0.1
done
port="$(awk '/^port/ {print $2}' "$ports/immediate")"
paced_port="$(awk '/^port/ {print $2}' "$ports/paced")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$bin" measure --port "$port" --paced-port "$paced_port"
echo
# The peer needs the SDKs from PyPI (benchmark only; CI does not run this script).
if ! python3 -c 'import openai, anthropic' 2>/dev/null; then
    python3 -m pip install --quiet openai anthropic 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages openai anthropic || true
fi
if python3 -c 'import openai' 2>/dev/null; then
    python3 llm_peer.py --port "$port"
else
    echo "peer: openai Python SDK not installable here; skipped"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
