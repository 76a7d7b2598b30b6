#!/usr/bin/env bash
# Attribution engine benchmark (run by `./platform bench engine`; needs `./platform infra`).
# Pre-loads EVENTS realistic events into a fresh topic, then in one JVM, after a warm-up of both:
#  1. rounds (3), each running to completion, back to back: a pass-through Kafka Streams topology (re-key by app,
#     exactly-once v2; the baseline, faster of two runs), the dedup floor (the same re-keying, then only the engine's
#     dedup store), then the attribution topology on the same data and fresh state (events/s, events per
#     CPU-second); the round with the median engine / pass-through ratio is the result;
#  2. open-loop journeys at half the engine's rate: receipt -> committed decision latency (HdrHistogram);
# and reports RocksDB state size per million touchpoints. Prints markdown for docs/performance.md.
# Tunables (env): EVENTS, BENCH_JAVA_OPTS (extra JVM flags, e.g. a profiler agent).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${UNMOGROWP_RUN_DIR:-$ROOT/.run}"
OUT="$RUN/bench/engine"
EVENTS="${EVENTS:-400000}"
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
mkdir -p "$OUT"

(exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null || { echo "Kafka is not running: ./platform infra" >&2; exit 1; }

echo "==> building attribution-engine (test classes hold the benchmark)" >&2
(cd "$ROOT" && ./mvnw -q -pl attribution-engine -am install -DskipTests \
  && ./mvnw -q -pl attribution-engine dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile="$OUT/classpath.txt") >"$OUT/build.log" 2>&1 || { echo "build failed; read $OUT/build.log" >&2; exit 1; }
(cd "$ROOT/attribution-engine" && ../mvnw -q test-compile) >>"$OUT/build.log" 2>&1

CP="$ROOT/attribution-engine/target/classes:$ROOT/attribution-engine/target/test-classes:$(cat "$OUT/classpath.txt")"
{
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "command: ./platform bench engine (EVENTS=$EVENTS)"
  java -Xms1g -Xmx2g ${BENCH_JAVA_OPTS:-} -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -Dlogging.configuration="file:$ROOT/load-generator/bench/logging.properties" \
    -cp "$CP" io.unmogrowp.engine.bench.EngineBenchmark "$EVENTS" "$BOOTSTRAP" 2>"$OUT/bench.log"
} | tee "$OUT/result.md"
