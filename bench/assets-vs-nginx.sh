#!/usr/bin/env bash
# Retki's asset path side by side with nginx serving the same files, one after the other on this
# machine, in one run. Prints wrk figures for a small (16-64 KiB) and a large (2-8 MiB) asset at
# 100 and 1200 connections, a `retki storm` of 40 classes x 30 pupils on the mid tier against
# each, and the ratios Retki/nginx. nginx runs with sendfile on and with sendfile off; its better
# figure counts.
#
#   bench/assets-vs-nginx.sh                 # about 4 minutes
#   DURATION=20s bench/assets-vs-nginx.sh    # longer wrk runs
#
# Installs nginx and wrk from Debian's packages if they are missing (needs root or sudo).
# Everything listens on 127.0.0.1 only and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
RETKI_PORT="${RETKI_PORT:-18480}"
NGINX_PORT="${NGINX_PORT:-18490}"
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${need[@]}"
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

echo "== building"
./mvnw -B -q package -DskipTests </dev/null

work="$(pwd)/bench/out"
rm -rf "$work"
mkdir -p "$work/packs" "$work/static/manifests" "$work/nginx-tmp"
retki_pid=""
cleanup() {
  [ -n "$retki_pid" ] && kill "$retki_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# The large asset: a copy of the rainforest whose ambient sound is its own chained over and over
# (chained Ogg streams are a valid Ogg file) to about 4 MiB, baked into the same store as the
# built-in scenes.
cp -r scenes/packs/rainforest "$work/packs/bench-rainforest"
sed -i 's/"id" : "rainforest"/"id" : "bench-rainforest"/' "$work/packs/bench-rainforest/scene.json"
large_ogg="$work/packs/bench-rainforest/audio/ambient.ogg"
: >"$large_ogg"
while [ "$(stat -c %s "$large_ogg")" -lt $((4 * 1024 * 1024)) ]; do
  cat scenes/packs/rainforest/audio/ambient.ogg >>"$large_ogg"
done
java -jar tools/target/retki.jar bake "$work/packs/bench-rainforest" --out "$work/data/store" >/dev/null

echo "== starting Retki (-Xmx512m, 2 GiB cache)"
java -Xmx512m -jar server/target/retki-server.jar --port "$RETKI_PORT" --bind 127.0.0.1 \
  --data-dir "$work/data" --cache-bytes 2GiB >"$work/retki.log" 2>&1 &
retki_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$RETKI_PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$RETKI_PORT/health" >/dev/null

# nginx serves the same catalogue and manifests, as static files taken from Retki.
curl -sf "http://127.0.0.1:$RETKI_PORT/api/scenes" >"$work/static/scenes.json"
for scene in $(grep -o '"/api/scenes/[a-z0-9-]*/manifest' "$work/static/scenes.json" | cut -d/ -f4 | sort -u); do
  for tier in low mid high; do
    curl -sf "http://127.0.0.1:$RETKI_PORT/api/scenes/$scene/manifest?tier=$tier" >"$work/static/manifests/$scene-$tier.json"
  done
done
chmod -R a+rX "$work"

# asset SCENE TIER MIN MAX: the sha256 of an asset of that scene and tier with MIN <= size <= MAX
asset() {
  tr -d ' \n' <"$work/static/manifests/$1-$2.json" | grep -o '"sha256":"[0-9a-f]*","size":[0-9]*' |
    awk -F'[":,]+' -v min="$3" -v max="$4" '$5 >= min && $5 <= max {print $3, $5; exit}'
}
read -r small small_size < <(asset rainforest mid 24576 65536)
read -r large large_size < <(asset bench-rainforest high 2097152 8388608)
echo "small asset: $small ($small_size bytes); large asset: $large ($large_size bytes)"

# wrk_run URL CONNECTIONS -> "req/s MiB/s p50ms p99ms"
wrk_run() {
  wrk -t2 -c"$2" -d"$DURATION" --latency "$1" 2>/dev/null | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    function mib(v) { if (v ~ /GB$/) return v * 1024; if (v ~ /MB$/) return v + 0; if (v ~ /KB$/) return v / 1024; return v / 1048576 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec/ { rps = $2 } /^Transfer\/sec/ { mbs = mib($2) }
    END { printf "%.0f %.1f %.2f %.2f\n", rps, mbs, p50, p99 }'
}

# storm_run BASE_URL -> "p50s p99s"
storm_run() {
  java -jar tools/target/retki.jar storm --server "$1" --classes 40 --pupils 30 --tier mid --duration-limit 180s |
    tee -a "$work/storm.log" | awk '/^time to ready/ { gsub(",", ""); print $5, $8 }'
}

declare -A R N
measure() { # measure NAME BASE_URL -> fills the array named NAME
  local -n out="$1"
  # Warm up first (the JVM compiles its hot paths in the first seconds; nginx needs none, but
  # gets the same treatment).
  wrk -t2 -c100 -d"$DURATION" "$2/assets/$small" >/dev/null 2>&1
  wrk -t2 -c16 -d"$DURATION" "$2/assets/$large" >/dev/null 2>&1
  for size in small large; do
    local sha="${!size}"
    for c in 100 1200; do
      [ "$size" = large ] && [ "$c" = 1200 ] && [ "${LARGE_1200:-yes}" = no ] && continue
      out[$size-$c]="$(wrk_run "$2/assets/$sha" "$c")"
      echo "  $1 $size $c connections: ${out[$size-$c]}  (req/s MiB/s p50ms p99ms)"
    done
  done
  out[storm]="$(storm_run "$2")"
  echo "  $1 storm 40x30 mid: time to ready p50/p99 ${out[storm]} s"
}

echo "== Retki"
measure R "http://127.0.0.1:$RETKI_PORT"

declare -A N_ON N_OFF
for mode in on off; do
  sed -e "s|@WORK@|$work|g" -e "s|@STORE@|$work/data/store|g" -e "s|@STATIC@|$work/static|g" \
      -e "s|@PORT@|$NGINX_PORT|g" -e "s|@SENDFILE@|$mode|g" bench/nginx.conf >"$work/nginx-$mode.conf"
  "$NGINX" -p "$work" -c "$work/nginx-$mode.conf" -e "$work/nginx-error.log"
  sleep 0.5
  curl -sf "http://127.0.0.1:$NGINX_PORT/assets/$small" -o /dev/null
  echo "== nginx, sendfile $mode"
  if [ "$mode" = on ]; then measure N_ON "http://127.0.0.1:$NGINX_PORT"; else measure N_OFF "http://127.0.0.1:$NGINX_PORT"; fi
  kill "$(cat "$work/nginx.pid")"
  sleep 1
done

# nginx's better figure for each measurement: more req/s, or a shorter storm.
for key in "${!N_ON[@]}"; do
  if [ "$key" = storm ]; then
    N[$key]="$(printf '%s\n%s\n' "${N_ON[$key]}" "${N_OFF[$key]}" | sort -g -k2 | head -1)"
  else
    N[$key]="$(printf '%s\n%s\n' "${N_ON[$key]}" "${N_OFF[$key]}" | sort -g -r -k1 | head -1)"
  fi
done

echo
echo "== Retki / nginx (nginx's better of sendfile on and off); $(nproc) cores, $(uname -r)"
printf '%-22s %12s %12s %8s   %s\n' measurement Retki nginx ratio target
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
row() { # row LABEL KEY FIELD TARGET
  local r n
  r="$(echo "${R[$2]}" | cut -d' ' -f"$3")"; n="$(echo "${N[$2]}" | cut -d' ' -f"$3")"
  printf '%-22s %12s %12s %8s   %s\n' "$1" "$r" "$n" "$(ratio "$r" "$n")" "$4"
}
row "small req/s c=100" small-100 1 ">= 0.9"
row "small req/s c=1200" small-1200 1 ">= 1.0"
row "small p99 ms c=100" small-100 4 "<= 1.3"
row "small p99 ms c=1200" small-1200 4 "<= 1.3"
row "large MiB/s c=100" large-100 2 ">= 1.4"
[ -n "${R[large-1200]:-}" ] && row "large MiB/s c=1200" large-1200 2 ">= 1.4"
row "large p99 ms c=100" large-100 4 "<= 1.3"
row "storm ready p50 s" storm 1 ""
row "storm ready p99 s" storm 2 "<= 1.0"
echo
echo "Retki's log: $work/retki.log; storm reports: $work/storm.log"
