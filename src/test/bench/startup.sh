#!/usr/bin/env bash
# Start-up time and memory of the packaged app (H2, fresh database, demo data off and on).
# Usage: ./mvnw -q package -DskipTests && src/test/bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/quarkus-app/quarkus-run.jar
port=${PORT:-8089}
for demo in false true; do
  for run in 1 2 3; do
    dir=$(mktemp -d)
    start=$(date +%s%N)
    COPYDESK_SESSION_KEY=bench-key-0123456789abcdef COPYDESK_DB_URL="jdbc:h2:file:$dir/db" \
      java -Dquarkus.http.port=$port -Dcopydesk.demo-data=$demo -jar "$jar" > "$dir/log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.05; done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    reported=$(grep -o 'started in [0-9.]*s' "$dir/log" | head -1)
    rss=$(ps -o rss= -p $pid | tr -d ' ')
    for i in $(seq 1 200); do curl -fs -o /dev/null "http://localhost:$port/login"; done
    rss2=$(ps -o rss= -p $pid | tr -d ' ')
    heap=$(jcmd $pid GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || true)
    echo "demo-data=$demo run=$run: first page after ${ready} ms (Quarkus: $reported), RSS $((rss / 1024)) MB at start, $((rss2 / 1024)) MB after 200 requests, heap $heap"
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$dir"
  done
done
