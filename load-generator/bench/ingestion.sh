#!/usr/bin/env bash
# Ingestion benchmark (run by `./platform bench ingestion`; needs `./platform infra`).
#  1. Kafka's own ProducerPerformance with the service's producer settings and the same event payloads: the baseline,
#     at its maximum and then throttled to 80 % of it (its latency there is the host's own floor for step 3).
#  2. The ingestion service's maximum rate: closed loop, request chains posting batches of 100 events back to back.
#  3. Open loop at 80 % of that maximum: events/s, p50/p95/p99 from the intended send time, events per CPU-second,
#     after an unmeasured warm-up at the same rate.
# Prints a markdown table for docs/performance.md. Tunables (env): PERF_RECORDS, SATURATE_SECONDS, OPEN_SECONDS,
# PERF_OPEN_SECONDS, CONCURRENCY, WARMUP_SECONDS, OPEN_WARMUP_SECONDS, INGESTION_JAVA_OPTS, LOADGEN_JAVA_OPTS (e.g. a GC log: the
# generator's own pauses count in open-loop latency), BENCH_BUILD=0 to skip the build, BENCH_DIRTY_BACKGROUND_BYTES
# (the kernel's writeback threshold during the run, 64 MiB by default, 0 for the host's own: writeback.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="${UNMOGROWP_RUN_DIR:-$ROOT/.run}"
OUT="$RUN/bench/ingestion"
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
KAFKA_CP="$RUN/kafka/libs/*"
PORT=8081
PERF_RECORDS="${PERF_RECORDS:-1000000}"
SATURATE_SECONDS="${SATURATE_SECONDS:-20}"
OPEN_SECONDS="${OPEN_SECONDS:-60}"
PERF_OPEN_SECONDS="${PERF_OPEN_SECONDS:-30}"
# Enough requests in flight to fill the producer's batches: with 8 the closed loop is bound by each request's
# linger + acknowledgement time and leaves a core idle (measured: 89k ev/s at 8, 156k at 64, same machine).
CONCURRENCY="${CONCURRENCY:-64}"
# A fresh JVM needs tens of seconds of full load before C2 has compiled the request path on 2 CPUs.
WARMUP_SECONDS="${WARMUP_SECONDS:-30}"
OPEN_WARMUP_SECONDS="${OPEN_WARMUP_SECONDS:-20}"
# The service's producer defaults (ingestion.kafka.* in IngestionConfig); the baseline uses the same.
PRODUCER_PROPS=(acks=all enable.idempotence=true compression.type=lz4 linger.ms=5 batch.size=262144)
# Dev-only bench credentials: the key's SHA-256 is published in the bench app's config below.
APP_ID="app_bench"
API_KEY="uk_bench-dev-only-not-a-secret"
mkdir -p "$OUT"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# shellcheck source=writeback.sh
. "$ROOT/load-generator/bench/writeback.sh"

[ -d "$RUN/kafka/libs" ] && port_open 9092 || { echo "Kafka is not running: ./platform infra" >&2; exit 1; }

if [ "${BENCH_BUILD:-1}" = 1 ]; then
  log "building attribution-core, ingestion-service, load-generator"
  if ! (cd "$ROOT" && ./mvnw -q -pl ingestion-service,load-generator -am install -DskipTests) >"$OUT/build.log" 2>&1; then
    # The reactor refuses to load while a listed module is missing; build the three directly.
    for module in attribution-core ingestion-service load-generator; do
      (cd "$ROOT/$module" && ../mvnw -q -f pom.xml install -DskipTests) >>"$OUT/build.log" 2>&1 \
        || { echo "build failed; read $OUT/build.log" >&2; exit 1; }
    done
  fi
fi
LOADGEN=(java ${LOADGEN_JAVA_OPTS:--Xmx512m} -cp "$ROOT/load-generator/target/classes:$(cat "$ROOT/load-generator/target/classpath.txt")"
         io.unmogrowp.loadgen.LoadGeneratorMain)

log "publishing the bench app ($APP_ID) to app-config"
KEY_HASH="$(printf '%s' "$API_KEY" | sha256sum | cut -d' ' -f1)"
APP_JSON="{\"app_id\":\"$APP_ID\",\"name\":\"Benchmark\",\"platform\":\"android\",\"store_url\":\"https://play.google.com/store/apps/details?id=io.unmogrowp.bench\",\"version\":$(date +%s),\"updated_at\":\"$(date -u +%FT%TZ)\",\"ingest_keys\":[{\"key_id\":\"key_bench\",\"sha256\":\"$KEY_HASH\",\"created_at\":\"$(date -u +%FT%TZ)\"}],\"settings\":{\"require_signature\":false,\"rate_limit_per_second\":10000000}}"
printf '%s|%s\n' "$APP_ID" "$APP_JSON" | java -cp "$KAFKA_CP" org.apache.kafka.tools.ConsoleProducer \
  --bootstrap-server "$BOOTSTRAP" --topic app-config --property parse.key=true --property key.separator='|' >/dev/null

# The service under test writes to its own topic: millions of bench events on events.raw would be a backlog
# for every engine started later on this broker (the engine's tests among them).
# A run writes gigabytes: an hour's retention, at most 1 GiB a partition, in segments small enough to delete.
for topic in bench.events bench.perf; do
  java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions 6 --replication-factor 1 --config retention.ms=3600000 \
    --config retention.bytes=1073741824 --config segment.bytes=268435456 >/dev/null 2>&1 || true
done

STARTED_PID=""
cleanup() {
  if [ -n "$STARTED_PID" ]; then kill "$STARTED_PID" 2>/dev/null || true; wait "$STARTED_PID" 2>/dev/null || true; fi
  writeback_restore
}
trap cleanup EXIT
writeback_apply
if port_open "$PORT"; then
  PID="$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
  log "ingestion-service already running (pid $PID)"
else
  log "starting ingestion-service (prod profile, quarkus-app jar)"
  # No collector runs here: the sampler records no spans (context still propagates into Kafka headers).
  KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" QUARKUS_OTEL_TRACES_SAMPLER_ARG=0 INGESTION_KAFKA_EVENTS_TOPIC=bench.events \
    java ${INGESTION_JAVA_OPTS:--Xms512m -Xmx1g} -jar "$ROOT/ingestion-service/target/quarkus-app/quarkus-run.jar" \
    >"$OUT/ingestion-service.log" 2>&1 &
  STARTED_PID=$!
  PID=$STARTED_PID
fi
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "ingestion-service not ready; read $OUT/ingestion-service.log" >&2; exit 1; }
# The app-config record may arrive just after readiness: wait until the bench key is accepted.
for _ in $(seq 1 30); do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "X-Api-Key: $API_KEY" -H 'Content-Type: application/json' \
          -d '{"events":[]}' "http://127.0.0.1:$PORT/v1/events")"
  [ "$code" = 202 ] && break
  sleep 1
done

log "baseline: Kafka ProducerPerformance, $PERF_RECORDS records of the same event payloads"
"${LOADGEN[@]}" --mode payloads --app-id "$APP_ID" --count 20000 --out "$OUT/payloads.txt"
java -Xmx1g -cp "$KAFKA_CP" org.apache.kafka.tools.ProducerPerformance --topic bench.perf --num-records "$PERF_RECORDS" \
  --payload-file "$OUT/payloads.txt" --throughput -1 \
  --producer-props bootstrap.servers="$BOOTSTRAP" "${PRODUCER_PROPS[@]}" 2>/dev/null | tee "$OUT/perf.txt" | tail -1 >&2
# ProducerPerformance's summary line: records/s, and a latency by its label ('ms 99th', 'ms max latency').
perf_rps() { sed -n 's/.*records sent, \([0-9.]*\) records\/sec.*/\1/p' <<<"$1"; }
perf_ms() { sed -n "s/.* \([0-9.]*\) $2.*/\1/p" <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
PERF_LINE="$(grep 'records sent' "$OUT/perf.txt" | tail -1)"
PERF_RPS="$(perf_rps "$PERF_LINE")"
PERF_P99="$(perf_ms "$PERF_LINE" 'ms 99th')"

# The same producer at 80 % of its own maximum: the latency this host gives Kafka's own client at the load point the
# service's goal is set at (broker pauses, segment rolls and CPU contention included), without HTTP or our code.
PERF_TARGET="$(awk -v m="$PERF_RPS" 'BEGIN { printf "%d", m * 0.8 }')"
log "baseline at 80 %: ProducerPerformance throttled to $PERF_TARGET records/s for ${PERF_OPEN_SECONDS}s"
java -Xmx1g -cp "$KAFKA_CP" org.apache.kafka.tools.ProducerPerformance --topic bench.perf \
  --num-records "$((PERF_TARGET * PERF_OPEN_SECONDS))" --payload-file "$OUT/payloads.txt" --throughput "$PERF_TARGET" \
  --producer-props bootstrap.servers="$BOOTSTRAP" "${PRODUCER_PROPS[@]}" 2>/dev/null | tee "$OUT/perf80.txt" | tail -1 >&2
PERF80_LINE="$(grep 'records sent' "$OUT/perf80.txt" | tail -1)"
PERF80_RPS="$(perf_rps "$PERF80_LINE")"
PERF80_P50="$(perf_ms "$PERF80_LINE" 'ms 50th')"; PERF80_P95="$(perf_ms "$PERF80_LINE" 'ms 95th')"
PERF80_P99="$(perf_ms "$PERF80_LINE" 'ms 99th')"; PERF80_MAX="$(perf_ms "$PERF80_LINE" 'ms max latency')"

log "maximum rate: $CONCURRENCY request chains back to back for ${SATURATE_SECONDS}s (after ${WARMUP_SECONDS}s warm-up)"
"${LOADGEN[@]}" --mode saturate --api-key "$API_KEY" --app-id "$APP_ID" --concurrency "$CONCURRENCY" \
  --duration "$SATURATE_SECONDS" --warmup "$WARMUP_SECONDS" --url "http://127.0.0.1:$PORT/v1/events" | tee "$OUT/saturate.txt" >&2
MAX_EPS="$(sed -n 's/^RESULT .*"eps":\([0-9.]*\).*/\1/p' "$OUT/saturate.txt")"
TARGET="$(awk -v m="$MAX_EPS" 'BEGIN { printf "%d", m * 0.8 }')"

log "open loop at 80 % of the maximum: $TARGET events/s for ${OPEN_SECONDS}s (after ${OPEN_WARMUP_SECONDS}s unmeasured)"
CLK_TCK="$(getconf CLK_TCK)"
"${LOADGEN[@]}" --mode open --api-key "$API_KEY" --app-id "$APP_ID" --rate "$TARGET" --duration "$OPEN_SECONDS" \
  --warmup "$OPEN_WARMUP_SECONDS" --url "http://127.0.0.1:$PORT/v1/events" --timeline true \
  >"$OUT/open.txt" 2>"$OUT/timeline.txt" &
OPEN_PID=$!
# CPU and run queue second by second beside the generator's latency timeline: a tail from a few stalls or from a knee.
vmstat -n 1 $((OPEN_WARMUP_SECONDS + OPEN_SECONDS + 2)) >"$OUT/vmstat.txt" 2>/dev/null &
# The service's CPU over the measured window only (the generator's schedule starts about 50 ms after launch).
sleep "$OPEN_WARMUP_SECONDS"
CPU_BEFORE="$(cpu_ticks "$PID")"
wait "$OPEN_PID"
CPU_AFTER="$(cpu_ticks "$PID")"
cat "$OUT/open.txt" >&2
RESULT="$(grep '^RESULT ' "$OUT/open.txt")"
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" <<<"$RESULT"; }
OPEN_EPS="$(field eps)"; EVENTS="$(field events)"; FAILED="$(field requests_failed)"
P50="$(field p50_ms)"; P95="$(field p95_ms)"; P99="$(field p99_ms)"; PMAX="$(field max_ms)"
CPU_SECONDS="$(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" -v t="$CLK_TCK" 'BEGIN { printf "%.1f", (b - a) / t }')"
PER_CPU="$(awk -v e="$EVENTS" -v c="$CPU_SECONDS" 'BEGIN { printf "%.0f", (c > 0 ? e / c : 0) }')"
RATIO="$(ratio "$MAX_EPS" "$PERF_RPS")"
OPEN_RATIO="$(ratio "$OPEN_EPS" "$PERF_RPS")"
# A tail made of a few bad seconds (pauses, segment rolls) reads differently from one spread over the minute.
BAD_SECONDS="$(awk '/^timeline / { for (i = 1; i <= NF; i++) if ($i ~ /^p99_ms=/) { n++; if (substr($i, 8) + 0 > 50) bad++ } }
  END { printf "%d of %d", bad, n }' "$OUT/timeline.txt")"

{
  echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(writeback_describe)"
  echo
  echo "| measurement | events/s | p50 ms | p95 ms | p99 ms | max ms | errors | events per CPU-second | ratio to perf test |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '| Kafka ProducerPerformance (%s records, acks=all, lz4, linger 5 ms, batch 256 KiB) | %.0f | | | %s | | | | 1.00 |\n' "$PERF_RECORDS" "$PERF_RPS" "$PERF_P99"
  printf '| Kafka ProducerPerformance at 80%% of its maximum (%s records/s target, %ss) | %.0f | %s | %s | %s | %s | | | %s |\n' "$PERF_TARGET" "$PERF_OPEN_SECONDS" "$PERF80_RPS" "$PERF80_P50" "$PERF80_P95" "$PERF80_P99" "$PERF80_MAX" "$(ratio "$PERF80_RPS" "$PERF_RPS")"
  printf '| ingestion max (closed loop, %s chains, batches of 100) | %.0f | | | | | %s | | %s |\n' "$CONCURRENCY" "$MAX_EPS" "$(sed -n 's/^RESULT .*"requests_failed":\([0-9]*\).*/\1/p' "$OUT/saturate.txt")" "$RATIO"
  printf '| ingestion open loop at 80%% (%s ev/s target, %ss) | %.0f | %s | %s | %s | %s | %s | %s | %s |\n' "$TARGET" "$OPEN_SECONDS" "$OPEN_EPS" "$P50" "$P95" "$P99" "$PMAX" "$FAILED" "$PER_CPU" "$OPEN_RATIO"
  echo
  echo "Seconds of the 80 % run with p99 above 50 ms: $BAD_SECONDS ($OUT/timeline.txt; vmstat.txt beside it)."
} | tee "$OUT/result.md"
