#!/usr/bin/env bash
# The 9:00 storm on several servers: `retki storm --live` (40 classes x 30 pupils, tier mid, every
# pupil loading the scene and joining its class over /live, every teacher guiding its class)
# through HAProxy with the committed deploy/haproxy/retki.cfg, twice in one run:
#   (a) one clustered node on PostgreSQL (node2 and node3 not running: HAProxy marks them DOWN)
#   (b) three clustered nodes (Hazelcast) on the same PostgreSQL
# each on a fresh database, each node -Xmx512m. Prints one table: joins, time to first view and
# to ready, go-to fan-out, the nodes' CPU seconds during the storm, event-bus messages between
# the nodes, the ratio (b)/(a), and how many of the classes each node ran (retki_live_sessions).
#
#   bench/cluster-storm.sh                        # about 5 minutes on 2 cores
#   CLASSES=4 PUPILS=10 bench/cluster-storm.sh    # a quick look
#   BASE_PORT=19580 bench/cluster-storm.sh        # other ports (uses BASE_PORT .. BASE_PORT+20)
#   WARMUP=no bench/cluster-storm.sh              # storm cold nodes (no 4 x 10 warm-up storm first)
#
# Installs postgresql, haproxy, socat and curl from Debian's packages if they are missing (needs
# root or sudo). Builds the server and the retki command if their jars are missing or older than
# the code. Everything listens on 127.0.0.1 only; the script stops every process it started, by
# its PID, and removes its temporary directories. Reports and logs: bench/out/cluster-storm/.
# Exit 0 if both storms were complete (every pupil ready and joined, every go-to heard in order),
# 65 if one was not, 70 if something could not start.
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSES="${CLASSES:-40}"
PUPILS="${PUPILS:-30}"
TIER="${TIER:-mid}"
LIMIT="${LIMIT:-180s}"
WARMUP="${WARMUP:-yes}"
BASE_PORT="${BASE_PORT:-18580}"
LB_PORT=$BASE_PORT
NODE_PORTS=($((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)))
CLUSTER_PORTS=($((BASE_PORT + 11)) $((BASE_PORT + 12)) $((BASE_PORT + 13)))
PG_PORT=$((BASE_PORT + 20))
SERVER_JAR=server/target/retki-server.jar
TOOLS_JAR=tools/target/retki.jar
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v socat >/dev/null 2>&1 || need+=(socat)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${need[@]}"
fi
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

stale() {
  [ ! -f "$1" ] || [ -n "$(find scenes assets server tools -path '*/src/main/*' -newer "$1" -print -quit)" ]
}
if stale "$SERVER_JAR" || stale "$TOOLS_JAR"; then
  echo "== building"
  ./mvnw -B -q package -DskipTests </dev/null
fi

for port in "$LB_PORT" "${NODE_PORTS[@]}" "${CLUSTER_PORTS[@]}" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port on 127.0.0.1 is taken; choose other ports with BASE_PORT=..." >&2
    exit 70
  fi
done

work="$(pwd)/bench/out/cluster-storm"
rm -rf "$work"
mkdir -p "$work"
# PostgreSQL's files and HAProxy's admin socket live outside the repository, where the postgres
# user can reach them; both go at the end.
tmp="$(mktemp -d /tmp/retki-cluster-storm.XXXXXX)"
chmod 700 "$tmp"
node_pids=()
haproxy_pid=""
pg_started=""
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)

stop_pid() { # stop_pid PID: SIGTERM, then SIGKILL after 15 s
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
stop_cluster() {
  [ -n "$haproxy_pid" ] && stop_pid "$haproxy_pid"
  haproxy_pid=""
  for pid in "${node_pids[@]}"; do stop_pid "$pid"; done
  node_pids=()
}
cleanup() {
  [ -f "$tmp/storm.pid" ] && stop_pid "$(cat "$tmp/storm.pid")"
  stop_cluster
  [ -n "$pg_started" ] && "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$tmp/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
PG_ADMIN_PASSWORD="$(secret)"
DB_PASSWORD="$(secret)"
METRICS_TOKEN="$(secret)"

echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
mkdir -p "$tmp/pg"
echo "$PG_ADMIN_PASSWORD" >"$tmp/pg/admin-password"
[ "$(id -u)" = 0 ] && chown -R postgres "$tmp/pg" && chmod 755 "$tmp"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$tmp/pg/data" -U retki_admin --pwfile="$tmp/pg/admin-password" \
  --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >"$work/postgres-initdb.log" 2>&1
rm -f "$tmp/pg/admin-password"
pg_started=yes
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $tmp/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
psql_admin() { "${as_pg[@]}" "$PG_BIN/psql" -h "$tmp/pg" -p "$PG_PORT" -U retki_admin -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "CREATE ROLE retki LOGIN PASSWORD '$DB_PASSWORD'"

# cpu_ticks PID: its user + system time so far, in clock ticks (and those of its reaped children
# with "children")
cpu_ticks() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || { echo 0; return; }
  stat="${stat##*) }"
  # shellcheck disable=SC2086
  set -- $stat
  if [ "${2:-}" = children ]; then echo $((${12} + ${13} + ${14} + ${15})); else echo $((${12} + ${13})); fi
}
# PostgreSQL's CPU: the postmaster, its children alive, and those that have ended.
pg_ticks() {
  local pm total=0 pid
  pm="$(head -1 "$tmp/pg/data/postmaster.pid")"
  total=$(cpu_ticks "$pm" children)
  for pid in $(awk -v pm="$pm" '{ sub(/.*\) /, ""); if ($2 == pm) print FILENAME }' /proc/[0-9]*/stat 2>/dev/null | cut -d/ -f3); do
    total=$((total + $(cpu_ticks "$pid")))
  done
  echo "$total"
}
# Every process's CPU (user, nice, system, irq, softirq, steal), from the machine's own counters.
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
HZ="$(getconf CLK_TCK)"
secs() { awk -v t="$1" -v hz="$HZ" 'BEGIN { printf "%.1f", t / hz }'; }

# A node's /metrics, asked directly: the node takes only connections that start with a PROXY header.
metrics() {
  curl -sf --max-time 5 --haproxy-protocol -H "Authorization: Bearer $METRICS_TOKEN" "http://127.0.0.1:$1/metrics"
}
metric() { # metric TEXT NAME -> its value, as an integer
  awk -v n="$2" '$1 == n || index($1, n "{") == 1 { printf "%d\n", $2; found = 1; exit } END { if (!found) print 0 }' <<<"$1"
}
haproxy_stat() { echo "show stat" | socat -t 2 - "UNIX-CONNECT:$tmp/haproxy/admin.sock"; }
# node_states -> "node1=UP node2=DOWN ..."
node_states() {
  haproxy_stat 2>/dev/null | awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "retki_nodes" && $2 != "BACKEND" { printf "%s=%s ", $2, $(col["status"]) }'
}

# run_case NAME NODES: starts NODES nodes and HAProxy, storms them, stops them; fills R_<NAME>_*.
run_case() {
  local name="$1" n="$2" dir="$work/$1" i members="" want
  mkdir -p "$dir"
  echo
  echo "== ($name) $n clustered node(s) behind HAProxy, a fresh database"
  psql_admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS retki" -c "CREATE DATABASE retki OWNER retki"
  for i in $(seq 0 $((n - 1))); do members+="${members:+,}127.0.0.1:${CLUSTER_PORTS[$i]}"; done
  for i in $(seq 0 $((n - 1))); do
    mkdir -p "$dir/node$((i + 1))-data"
    RETKI_DATABASE_PASSWORD="$DB_PASSWORD" RETKI_METRICS_TOKEN="$METRICS_TOKEN" \
      java -Xmx512m -jar "$SERVER_JAR" --port "${NODE_PORTS[$i]}" --bind 127.0.0.1 \
      --data-dir "$dir/node$((i + 1))-data" --proxy-protocol --cluster --cluster-members "$members" \
      --cluster-port "${CLUSTER_PORTS[$i]}" --database-url "jdbc:postgresql://127.0.0.1:$PG_PORT/retki" \
      --database-user retki >"$dir/node$((i + 1)).log" 2>&1 &
    node_pids+=($!)
  done
  for i in $(seq 0 $((n - 1))); do
    for _ in $(seq 1 240); do
      grep -q "event=start url=" "$dir/node$((i + 1)).log" && break
      kill -0 "${node_pids[$i]}" 2>/dev/null || break
      sleep 0.5
    done
    if ! grep -q "event=start url=" "$dir/node$((i + 1)).log"; then
      echo "node$((i + 1)) did not start; its log:" >&2
      tail -20 "$dir/node$((i + 1)).log" >&2
      exit 70
    fi
  done
  # Only the node that created the teacher account says its password.
  grep -ho 'event=first-teacher name=teacher password=[^ ]*' "$dir"/node*.log | head -1 | sed 's/.*password=//' \
    >"$tmp/teacher-password"
  [ -s "$tmp/teacher-password" ] || { echo "no node logged event=first-teacher" >&2; exit 70; }

  mkdir -p "$tmp/haproxy"
  RETKI_LB_BIND="127.0.0.1:$LB_PORT" RETKI_LB_SOCKET="$tmp/haproxy/admin.sock" \
    RETKI_NODE1="127.0.0.1:${NODE_PORTS[0]}" RETKI_NODE2="127.0.0.1:${NODE_PORTS[1]}" \
    RETKI_NODE3="127.0.0.1:${NODE_PORTS[2]}" "$HAPROXY" -db -f deploy/haproxy/retki.cfg >"$dir/haproxy.log" 2>&1 &
  haproxy_pid=$!
  want="node1=UP node2=$([ "$n" -ge 2 ] && echo UP || echo DOWN) node3=$([ "$n" -ge 3 ] && echo UP || echo DOWN) "
  for _ in $(seq 1 60); do
    [ "$(node_states)" = "$want" ] && break
    sleep 0.5
  done
  if [ "$(node_states)" != "$want" ]; then
    echo "HAProxy sees \"$(node_states)\", not \"$want\"" >&2
    exit 70
  fi
  echo "HAProxy: $want"

  # Every JVM compiles its hot paths in its first minute; a small storm first, not measured, so that
  # (b) does not pay three nodes' compilation where (a) pays one.
  if [ "$WARMUP" != no ]; then
    echo "warm-up: 4 classes x 10 pupils (not measured)"
    java -Xmx1g -jar "$TOOLS_JAR" storm --server "http://127.0.0.1:$LB_PORT" --classes 4 --pupils 10 --tier "$TIER" \
      --live --password-file "$tmp/teacher-password" --goto-every 1s --live-duration 5s --duration-limit 90s \
      >"$dir/warmup.txt" 2>&1 &
    echo $! >"$tmp/storm.pid"
    wait "$(cat "$tmp/storm.pid")" || echo "  the warm-up was not complete: $dir/warmup.txt"
    rm -f "$tmp/storm.pid"
  fi

  # Before: CPU and bus counters (the cluster's start is not the storm's).
  local -a cpu0 sent0 recv0 peak_sessions peak_remote peak_conns
  for i in $(seq 0 $((n - 1))); do
    cpu0[$i]=$(cpu_ticks "${node_pids[$i]}")
    local m; m="$(metrics "${NODE_PORTS[$i]}")"
    sent0[$i]=$(metric "$m" retki_cluster_bus_messages_sent_total)
    recv0[$i]=$(metric "$m" retki_cluster_bus_messages_received_total)
    peak_sessions[$i]=0; peak_remote[$i]=0; peak_conns[$i]=0
  done
  local lb0 pg0
  lb0=$(cpu_ticks "$haproxy_pid")
  pg0=$(pg_ticks)
  local all0 t0
  all0=$(machine_ticks)
  t0=$(date +%s%N)

  echo "storm: $CLASSES classes x $PUPILS pupils, tier $TIER, --live, through http://127.0.0.1:$LB_PORT"
  rm -f "$tmp/storm.pid"
  (
    java -Xmx1g -jar "$TOOLS_JAR" storm --server "http://127.0.0.1:$LB_PORT" --classes "$CLASSES" --pupils "$PUPILS" \
      --tier "$TIER" --live --password-file "$tmp/teacher-password" --duration-limit "$LIMIT" \
      >"$dir/storm.txt" 2>&1 &
    echo $! >"$tmp/storm.pid"
    rc=0
    wait $! || rc=$?
    echo "$rc" >"$dir/storm.rc"
    times >"$dir/storm.times" # not in a pipeline: that would be a child without children
  ) &
  local storm=$!
  # While it runs: each node's open sessions, sockets and sockets of sessions another node runs.
  while kill -0 "$storm" 2>/dev/null; do
    for i in $(seq 0 $((n - 1))); do
      local m v
      m="$(metrics "${NODE_PORTS[$i]}" || true)"
      v=$(metric "$m" retki_live_sessions); [ "$v" -gt "${peak_sessions[$i]}" ] && peak_sessions[$i]=$v
      v=$(metric "$m" retki_cluster_remote_members); [ "$v" -gt "${peak_remote[$i]}" ] && peak_remote[$i]=$v
      v=$(metric "$m" retki_live_connections); [ "$v" -gt "${peak_conns[$i]}" ] && peak_conns[$i]=$v
    done
    sleep 1
  done
  wait "$storm" || true
  rm -f "$tmp/storm.pid"
  local all wall
  all=$(($(machine_ticks) - all0))
  wall=$((($(date +%s%N) - t0) / 1000000))

  local cpu=0 sent=0 recv=0 spread=""
  for i in $(seq 0 $((n - 1))); do
    cpu=$((cpu + $(cpu_ticks "${node_pids[$i]}") - cpu0[i]))
    local m; m="$(metrics "${NODE_PORTS[$i]}")"
    echo "$m" >"$dir/node$((i + 1)).metrics"
    sent=$((sent + $(metric "$m" retki_cluster_bus_messages_sent_total) - sent0[i]))
    recv=$((recv + $(metric "$m" retki_cluster_bus_messages_received_total) - recv0[i]))
    spread+="node$((i + 1)): ${peak_sessions[$i]} sessions, ${peak_conns[$i]} /live sockets (${peak_remote[$i]} of another node's sessions); "
  done
  local lb pg storm_cpu
  lb=$(($(cpu_ticks "$haproxy_pid") - lb0))
  pg=$(($(pg_ticks) - pg0))
  storm_cpu="$(awk '{ for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] } } END { printf "%.1f", s }' \
    <(tail -1 "$dir/storm.times"))"
  haproxy_stat >"$dir/haproxy-stat.csv" 2>/dev/null || true
  # What the nodes logged up to the storm's end (stopping one node makes the others warn).
  : >"$dir/node-errors.log"
  for i in $(seq 1 "$n"); do
    head -n "$(wc -l <"$dir/node$i.log")" "$dir/node$i.log" | grep -h "SEVERE\| ERROR \|Exception" | sed "s/^/node$i: /" \
      >>"$dir/node-errors.log" || true
  done
  stop_cluster

  cat "$dir/storm.txt"
  local -n out="R_$name"
  local report="$dir/storm.txt"
  # "live: 40 sessions, ...; 1200 of 1200 pupils joined, 0 joins refused"
  out[joined]="$(awk '/^live:/ { for (i = 1; i <= NF; i++) if ($i == "of") { print $(i - 1); exit } }' "$report")"
  out[pupils]="$(awk '/^live:/ { for (i = 1; i <= NF; i++) if ($i == "of") { print $(i + 1); exit } }' "$report")"
  out[failed]=$(( ${out[pupils]:-0} - ${out[joined]:-0} ))
  pct() { awk -v name="$1" -v p="$2" 'index($0, name ":") == 1 { sub(/^[^:]*: */, ""); gsub(",", "");
    for (i = 1; i <= NF; i++) if ($i == p) { print $(i + 1); exit } }' "$report"; }
  out[view50]="$(pct "time to first view" p50)"; out[view99]="$(pct "time to first view" p99)"
  out[ready50]="$(pct "time to ready" p50)"; out[ready99]="$(pct "time to ready" p99)"
  out[fan50]="$(pct "go-to fan-out" p50)"; out[fan99]="$(pct "go-to fan-out" p99)"
  out[cpu]="$(secs "$cpu")"; out[lb]="$(secs "$lb")"; out[pg]="$(secs "$pg")"; out[storm]="$storm_cpu"
  out[wall]="$(awk -v ms="$wall" 'BEGIN { printf "%.1f", ms / 1000 }')"
  out[all]="$(secs "$all")"
  out[others]="$(awk -v a="${out[all]}" -v b="${out[cpu]}" -v c="${out[lb]}" -v d="${out[pg]}" -v e="$storm_cpu" \
    'BEGIN { o = a - b - c - d - e; printf "%.1f", o < 0 ? 0 : o }')"
  out[load]="$(cut -d' ' -f1 /proc/loadavg)"
  out[sent]=$sent; out[recv]=$recv
  out[rc]="$(cat "$dir/storm.rc")"
  out[spread]="${spread%; }"
  out[errors]="$(wc -l <"$dir/node-errors.log")"
  echo "($name) nodes' CPU during the storm ${out[cpu]} s; bus messages sent $sent, received $recv; ${out[spread]}"
}

declare -A R_a R_b
run_case a 1
run_case b 3

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b != "" && a + 0 > 0) printf "%.2f", b / a; else print "-" }'; }
row() { # row LABEL KEY
  printf '%-34s %12s %12s %8s\n' "$1" "${R_a[$2]:--}" "${R_b[$2]:--}" "$(ratio "${R_a[$2]:-}" "${R_b[$2]:-}")"
}
table() {
echo "== $CLASSES classes x $PUPILS pupils, tier $TIER, retki storm --live through HAProxy; $(nproc) cores, $(uname -r)"
printf '%-34s %12s %12s %8s\n' measurement "(a) 1 node" "(b) 3 nodes" "(b)/(a)"
row "pupils joined" joined
row "joins failed" failed
row "time to first view p50 s" view50
row "time to first view p99 s" view99
row "time to ready p50 s" ready50
row "time to ready p99 s" ready99
row "go-to fan-out p50 ms" fan50
row "go-to fan-out p99 ms" fan99
row "nodes' CPU s (sum)" cpu
row "bus messages sent (sum)" sent
row "bus messages received (sum)" recv
row "HAProxy CPU s" lb
row "PostgreSQL CPU s" pg
row "storm (load generator) CPU s" storm
row "storm wall s" wall
row "machine CPU s, every process" all
row "  of which other processes' s" others
row "load average (1 min) after" load
row "node log lines ERROR/Exception" errors
row "storm exit status" rc
echo
echo "sessions per node (peak retki_live_sessions), /live sockets per node (peak retki_live_connections):"
echo "  (a) ${R_a[spread]}"
echo "  (b) ${R_b[spread]}"
}
echo
table | tee "$work/table.txt"
echo
echo "Reports and node logs: $work/{a,b}/"
[ "${R_a[rc]}" = 0 ] && [ "${R_b[rc]}" = 0 ] || exit 65
