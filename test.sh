#!/usr/bin/env bash
# Runs the whole build with every test, on a fresh Debian 12 machine as on a developer's.
# Installs what the tests need from the distribution's packages when it is missing: Chromium for
# the teacher console's browser test, Node.js and npm for that test's driver (and for CI's glTF
# check), Xvfb, Mesa and xdotool for the desktop client's rendering and input tests, HAProxy for
# the load balancer test, PostgreSQL for the store tests that run on it as well as on H2. Other
# arguments go to Maven:
# ./test.sh -pl server -am -Dit.test=ConsoleBrowserIT
# With --install-only it installs and stops.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# install WHY PACKAGE...: installs the packages (if any) from the distribution.
install() {
  local why=$1
  shift
  if [ $# -gt 0 ]; then
    echo "== installing $* $why"
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "$@"
  fi
}

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
install "for the teacher console's browser test" "${need[@]}"

# The store tests run each case on H2 and on a real PostgreSQL, which they start themselves in a
# temporary directory (server/src/test/java/fi/retki/server/store/PostgresServer.java). Debian
# puts initdb and pg_ctl in /usr/lib/postgresql/<version>/bin, off the PATH; the package also
# creates the postgres user they run as when the tests run as root.
pg_need=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || pg_need+=(postgresql)
install "for the store tests on PostgreSQL" "${pg_need[@]}"

# --- desktop client (client-desktop): its rendering tests open a real window. Xvfb with Mesa's
# software OpenGL (llvmpipe) stands in for a screen and a GPU when there is none. The client runs
# as on a school PC without a sound device (it starts without sound); only the test that checks
# sound plays gives OpenAL its null device (client-desktop/pom.xml, profile sound-test). xdotool
# presses keys and moves the mouse through the X server for the input tests (ClientInputIT).
client_need=()
command -v Xvfb >/dev/null 2>&1 || client_need+=(xvfb)
[ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so ] || client_need+=(libgl1-mesa-dri)
[ -e /usr/lib/x86_64-linux-gnu/libGLX_mesa.so.0 ] || client_need+=(libglx-mesa0)
command -v glxinfo >/dev/null 2>&1 || client_need+=(mesa-utils)
command -v xdotool >/dev/null 2>&1 || client_need+=(xdotool)
install "for the desktop client's rendering and input tests" "${client_need[@]}"
if [ -z "${DISPLAY:-}" ] && [ "${1:-}" != --install-only ]; then
  if ! xdpyinfo -display :99 >/dev/null 2>&1 && ! [ -e /tmp/.X11-unix/X99 ]; then
    Xvfb :99 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    sleep 1
  fi
  export DISPLAY=:99
fi
# --- end of the desktop client's block

# --- load balancer: LoadBalancerIT runs HAProxy from the distribution (Debian 12: 2.6) with
# deploy/haproxy/retki.cfg in front of three servers. Debian puts it in /usr/sbin.
lb_need=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || lb_need+=(haproxy)
install "for the load balancer test (LoadBalancerIT)" "${lb_need[@]}"

echo "== the console test's driver (playwright-core, pinned in its package-lock.json)"
(cd server/src/test/console && npm ci --no-audit --no-fund --loglevel=error)

if [ "${1:-}" = --install-only ]; then
  exit 0
fi

echo "== build and all tests"
./mvnw -B verify "$@" </dev/null
