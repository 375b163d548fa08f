#!/usr/bin/env bash
# LLM client overhead: our clients (release build) beside the official openai and anthropic Python SDKs,
# each measured against a bare request that reads the same bytes from the same loopback server.
# The server runs in its own process so that the CPU figures are the client's alone.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product LLMBenchmarks
bin="$(swift build -c release --show-bin-path)/LLMBenchmarks"
"$bin" serve > /tmp/bon-llm-bench-port.txt &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    grep -q '^port' /tmp/bon-llm-bench-port.txt 2>/dev/null && break
    sleep 0.1
done
port="$(awk '/^port/ {print $2}' /tmp/bon-llm-bench-port.txt)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$bin" measure --port "$port"
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
