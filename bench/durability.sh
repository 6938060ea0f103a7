#!/usr/bin/env bash
# The durability torture: the packaged server (java -jar, its own process, 127.0.0.1 only) with
# 4 classes of 10 pupils saving notes and 20 pupils uploading snapshots as fast as it acknowledges
# them, killed with SIGKILL at a seeded random moment (every other round or so after its traffic
# has stopped, 0-2 s into the quiet), restarted over the same data directory, and checked through
# the teacher's API: every acknowledged note with its exact text, every snapshot answered 201 with
# the same pixels. Prints a line per round and the totals (note ack and snapshot 201 latency,
# acknowledged notes per second).
#
#   bench/durability.sh                 # 20 rounds, about 10 minutes on 2 cores
#   ROUNDS=40 SEED=7 bench/durability.sh
#
# Exit 0 if nothing acknowledged was lost, 65 if something was, 70 if a round could not run.
# Builds the server and the retki command first if their jars are missing or older than the code.
# Kills only the server processes it started, by their PID.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-20}"
SEED="${SEED:-$(date +%s)}"
SERVER_JAR=server/target/retki-server.jar
TOOLS_JAR=tools/target/retki.jar

stale() {
  [ ! -f "$1" ] || [ -n "$(find scenes assets server tools -path '*/src/main/*' -newer "$1" -print -quit)" ]
}
if stale "$SERVER_JAR" || stale "$TOOLS_JAR"; then
  echo "== building"
  ./mvnw -B -q -pl tools -am package -DskipTests </dev/null
fi

work="$(pwd)/bench/out/durability"
rm -rf "$work"
mkdir -p "$work"
echo "== $ROUNDS rounds, seed $SEED; server logs in $work/data-logs"
set +e
java -jar "$TOOLS_JAR" torture --server-jar "$SERVER_JAR" --data-dir "$work/data" --rounds "$ROUNDS" --seed "$SEED" \
  | tee "$work/report.txt"
status=${PIPESTATUS[0]}
set -e
exit "$status"
