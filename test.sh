#!/usr/bin/env bash
# Runs the whole build with every test, on a fresh Debian 12 machine as on a developer's.
# Installs what the tests need from the distribution's packages when it is missing: Chromium for
# the teacher console's browser test, Node.js and npm for that test's driver (and for CI's glTF
# check). Other arguments go to Maven: ./test.sh -pl server -am -Dit.test=ConsoleBrowserIT
# With --install-only it installs and stops.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]} from the distribution's packages"
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${need[@]}"
fi

echo "== the console test's driver (playwright-core, pinned in its package-lock.json)"
(cd server/src/test/console && npm ci --no-audit --no-fund --loglevel=error)

if [ "${1:-}" = --install-only ]; then
  exit 0
fi

echo "== build and all tests"
./mvnw -B verify "$@" </dev/null
