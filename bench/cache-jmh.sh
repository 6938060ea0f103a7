#!/usr/bin/env bash
# JMH benchmark of the asset byte cache: the hit path, and a cold miss that 30 requests ask for
# at once (single-flight: it should show one load per round). Prints JMH's figures.
#
#   bench/cache-jmh.sh            # about a minute
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl server -am test-compile </dev/null
./mvnw -B -q -pl server dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test </dev/null
java -cp "server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)" \
  org.openjdk.jmh.Main 'fi.retki.server.cache.BlobCacheBenchmark' "$@"
