# Functions behind ./platform. Sourced, not run: expects ROOT, RUN, LOGS, PIDS, PG_BIN, SERVICES, SERVICE_PORT.

step() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32mok\033[0m %s\n' "$*"; }
warn() { printf '    \033[33mwarn\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31mFAILED:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pid_alive() {  # pid_alive NAME -> true when NAME's pid file points at a live process
  local f="$PIDS/$1.pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {  # wait_for WHAT SECONDS COMMAND... ; fails with the log to read
  local what="$1" secs="$2"; shift 2
  local i
  for ((i = 0; i < secs * 2; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  die "$what did not become ready within ${secs}s; read $LOGS/$what.log"
}

start_bg() {  # start_bg NAME COMMAND... : runs in the background, stdout+stderr to the log, pid to the pid file
  local name="$1"; shift
  mkdir -p "$LOGS" "$PIDS"
  nohup "$@" >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

stop_pid() {  # stop_pid NAME [SECONDS]: TERM, then KILL after the grace period
  local name="$1" grace="${2:-20}" f="$PIDS/$1.pid" pid i
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 4; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then warn "$name did not stop in ${grace}s, killing"; kill -9 "$pid" 2>/dev/null || true; fi
    ok "stopped $name (pid $pid)"
  fi
  rm -f "$f"
}

# ---------------------------------------------------------------- installation

install_packages() {
  local missing=()
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
  command -v clickhouse-server >/dev/null 2>&1 || [ -x /usr/sbin/clickhouse-server ] || missing+=(clickhouse-server clickhouse-client)
  command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
  command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
  command -v prometheus-node-exporter >/dev/null 2>&1 || missing+=(prometheus-node-exporter)
  command -v setfacl >/dev/null 2>&1 || missing+=(acl)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ "${#missing[@]}" -gt 0 ]; then
    step "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq >"$LOGS/apt.log" 2>&1 || die "apt-get update failed; read $LOGS/apt.log"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$LOGS/apt.log" 2>&1 \
      || die "apt-get install ${missing[*]} failed; read $LOGS/apt.log"
    ok "installed"
  fi
}

install_kafka() {
  if [ -f "$RUN/kafka/libs/.resolved" ] && [ "$RUN/kafka/libs/.resolved" -nt "$ROOT/infra/kafka/pom.xml" ]; then return 0; fi
  step "resolving the Kafka broker from Maven Central (infra/kafka/pom.xml)"
  rm -rf "$RUN/kafka/libs"
  "$ROOT/mvnw" -B -q -f "$ROOT/infra/kafka/pom.xml" package \
      -Dbroker.libs="$RUN/kafka/libs" -Dbroker.agent="$RUN/kafka/agent" >"$LOGS/kafka-resolve.log" 2>&1 \
    || die "resolving the Kafka broker failed; read $LOGS/kafka-resolve.log"
  touch "$RUN/kafka/libs/.resolved"
  ok "broker jars in $RUN/kafka/libs"
}

# ---------------------------------------------------------------- PostgreSQL

pg_run() {  # runs a PostgreSQL binary as the postgres user (the server refuses to run as root)
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

grant_postgres_traversal() {  # the postgres user must be able to reach the run directory (mktemp dirs are 0700)
  [ "$(id -u)" -eq 0 ] || return 0
  local d="$RUN"
  while [ "$d" != "/" ]; do
    runuser -u postgres -- test -x "$d" 2>/dev/null || setfacl -m u:postgres:x "$d"
    d="$(dirname "$d")"
  done
}

postgres_up() {
  local data="$RUN/postgres/data"
  if pid_alive postgres && port_open 5432; then ok "postgres already running"; return 0; fi
  port_open 5432 && die "port 5432 is taken by another PostgreSQL; stop it or set it aside before ./platform up"
  step "starting PostgreSQL 15 on 127.0.0.1:5432"
  mkdir -p "$RUN/postgres"
  [ "$(id -u)" -eq 0 ] && chown postgres "$RUN/postgres"
  grant_postgres_traversal
  if [ ! -f "$data/PG_VERSION" ]; then
    pg_run "$PG_BIN/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
      >>"$LOGS/postgres.log" 2>&1 || die "initdb failed; read $LOGS/postgres.log"
  fi
  touch "$LOGS/postgres.log"; [ "$(id -u)" -eq 0 ] && chown postgres "$LOGS/postgres.log"
  pg_run "$PG_BIN/pg_ctl" -D "$data" -l "$LOGS/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=5432 -c unix_socket_directories=$RUN/postgres -c max_connections=200 -c fsync=on" start \
      >/dev/null || die "PostgreSQL did not start; read $LOGS/postgres.log"
  head -1 "$data/postmaster.pid" >"$PIDS/postgres.pid"
  pg_run psql -h "$RUN/postgres" -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -f "$ROOT/infra/postgres/init.sql" \
      >>"$LOGS/postgres.log" 2>&1 || die "creating roles and databases failed; read $LOGS/postgres.log"
  ok "postgres ready (databases gateway, customer_success and *_test; Flyway in each service owns the schema)"
}

postgres_down() {
  [ -f "$RUN/postgres/data/postmaster.pid" ] || { rm -f "$PIDS/postgres.pid"; return 0; }
  pg_run "$PG_BIN/pg_ctl" -D "$RUN/postgres/data" -m fast -w stop >/dev/null 2>&1 && ok "stopped postgres" || true
  rm -f "$PIDS/postgres.pid"
}

# ---------------------------------------------------------------- Kafka

kafka_java() { java -Xms256m -Xmx1g -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" -cp "$RUN/kafka/libs/*" "$@"; }

kafka_up() {
  if pid_alive kafka && port_open 9092; then ok "kafka already running"; create_topics; return 0; fi
  port_open 9092 && die "port 9092 is taken by another process; stop it before ./platform up"
  install_kafka
  step "starting Kafka (KRaft, single node) on 127.0.0.1:9092"
  mkdir -p "$RUN/kafka/data"
  sed "s#@RUN@#$RUN#g" "$ROOT/infra/kafka/server.properties.template" >"$RUN/kafka/server.properties"
  if [ ! -f "$RUN/kafka/data/meta.properties" ]; then
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka.log")"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$RUN/kafka/server.properties" >>"$LOGS/kafka.log" 2>&1 \
      || die "formatting Kafka storage failed; read $LOGS/kafka.log"
  fi
  # KAFKA_JAVA_OPTS replaces the heap and collector options (benchmarks, GC logs); docs/performance.md.
  # shellcheck disable=SC2086
  start_bg kafka java ${KAFKA_JAVA_OPTS:--Xms512m -Xmx1g -XX:+UseG1GC} \
    -Dlog4j2.configurationFile="$ROOT/infra/kafka/log4j2.properties" \
    -javaagent:"$RUN/kafka/agent/jmx_prometheus_javaagent.jar=127.0.0.1:9404:$ROOT/infra/kafka/jmx-exporter.yml" \
    -cp "$RUN/kafka/libs/*" kafka.Kafka "$RUN/kafka/server.properties"
  wait_for kafka 90 port_open 9092
  create_topics
  ok "kafka ready"
}

create_topics() {
  local existing name partitions config args
  existing="$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list 2>>"$LOGS/kafka.log")" \
    || die "listing topics failed; read $LOGS/kafka.log"
  while read -r name partitions config; do
    case "$name" in ''|'#'*) continue ;; esac
    grep -qx "$name" <<<"$existing" && continue
    args=(--bootstrap-server 127.0.0.1:9092 --create --if-not-exists --topic "$name" --partitions "$partitions" --replication-factor 1)
    local kv; IFS=',' read -ra kvs <<<"$config"; for kv in "${kvs[@]}"; do args+=(--config "$kv"); done
    kafka_java org.apache.kafka.tools.TopicCommand "${args[@]}" >>"$LOGS/kafka.log" 2>&1 || die "creating topic $name failed; read $LOGS/kafka.log"
    ok "topic $name ($partitions partitions)"
  done <"$ROOT/infra/kafka/topics.txt"
}

# ---------------------------------------------------------------- ClickHouse

clickhouse_query() {  # clickhouse_query DATABASE SQL
  curl -fsS --max-time 60 "http://127.0.0.1:8123/?database=$1" --data-binary "$2"
}

clickhouse_up() {
  if pid_alive clickhouse && port_open 8123; then ok "clickhouse already running"; else
    port_open 8123 && die "port 8123 is taken by another process; stop it before ./platform up"
    step "starting ClickHouse on 127.0.0.1:8123"
    mkdir -p "$RUN/clickhouse"/{data,tmp,user_files,format_schemas,log,conf}
    cp "$ROOT/infra/clickhouse/users.xml" "$RUN/clickhouse/conf/users.xml"
    sed -e "s#@RUN@#$RUN#g" -e "s#@CONF@#$RUN/clickhouse/conf#g" "$ROOT/infra/clickhouse/config.xml.template" >"$RUN/clickhouse/conf/config.xml"
    local bin; bin="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"
    (cd "$RUN/clickhouse" && start_bg clickhouse "$bin" --config-file="$RUN/clickhouse/conf/config.xml")
    wait_for clickhouse 60 curl -fsS http://127.0.0.1:8123/ping
  fi
  clickhouse_migrate unmogrowp
  clickhouse_migrate unmogrowp_test
  ok "clickhouse ready (databases unmogrowp, unmogrowp_test)"
}

clickhouse_migrate() {  # applies infra/clickhouse/schema/V*.sql not yet recorded in DATABASE.schema_migrations
  local db="$1" file version applied stmt
  clickhouse_query default "CREATE DATABASE IF NOT EXISTS $db" >/dev/null || die "creating ClickHouse database $db failed; read $RUN/clickhouse/log/clickhouse-server.err.log"
  clickhouse_query "$db" "CREATE TABLE IF NOT EXISTS schema_migrations (version String, applied_at DateTime) ENGINE = TinyLog" >/dev/null
  applied="$(clickhouse_query "$db" "SELECT version FROM schema_migrations FORMAT TabSeparated")"
  for file in "$ROOT"/infra/clickhouse/schema/V*.sql; do
    version="$(basename "$file" .sql)"
    grep -qx "$version" <<<"$applied" && continue
    # One statement per HTTP request: split on ';' at the end of a line, dropping comment lines.
    while IFS= read -r -d $'\x1e' stmt; do
      [ -n "${stmt//[[:space:]]/}" ] || continue
      clickhouse_query "$db" "$stmt" >/dev/null || die "ClickHouse migration $version failed on $db"
    done < <(grep -v '^\s*--' "$file" | sed 's/;[[:space:]]*$/\x1e/')
    clickhouse_query "$db" "INSERT INTO schema_migrations VALUES ('$version', now())" >/dev/null
    ok "clickhouse $db: applied $version"
  done
}

# ---------------------------------------------------------------- Prometheus, Alertmanager, node exporter

monitoring_up() {  # Prometheus, Alertmanager and the dev alert webhook: one implementation, in observability/
  UNMOGROWP_RUN_DIR="$RUN" bash "$ROOT/observability/activate-monitoring.sh" \
    || die "starting the monitoring stack failed; read $LOGS/prometheus.log and $LOGS/alertmanager.log"
  if ! pid_alive node-exporter && ! port_open 9100; then
    start_bg node-exporter prometheus-node-exporter --web.listen-address=127.0.0.1:9100
  fi
}

infra_up() {
  mkdir -p "$RUN" "$LOGS" "$PIDS"
  command -v java >/dev/null 2>&1 || die "java 17 is required (apt-get install openjdk-17-jdk-headless)"
  install_packages
  postgres_up
  kafka_up
  clickhouse_up
  monitoring_up
}

# ---------------------------------------------------------------- services

service_env() {  # the environment every service gets locally (prod profile, local infrastructure)
  export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092
  export POSTGRES_HOST=127.0.0.1 POSTGRES_PORT=5432 POSTGRES_USER=unmogrowp POSTGRES_PASSWORD=unmogrowp-dev
  export CLICKHOUSE_URL=http://127.0.0.1:8123 CLICKHOUSE_DATABASE=unmogrowp CLICKHOUSE_USER=default CLICKHOUSE_PASSWORD=
  export ADMIN_TOKEN
  # Traces are recorded and exported only when a collector is configured (Jaeger's OTLP port, for example);
  # without one the sampler records nothing, and trace context still flows through HTTP and Kafka headers.
  # (The exporter itself is fixed at build time; the sampler ratio is the runtime switch.)
  if [ -z "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
    export OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4317 QUARKUS_OTEL_TRACES_SAMPLER_ARG="${QUARKUS_OTEL_TRACES_SAMPLER_ARG:-0}"
  fi
  export KAFKA_STREAMS_STATE_DIR="$RUN/engine-state"
}

services_build() {
  step "building the services (./mvnw install -DskipTests)"
  "$ROOT/mvnw" -B -q install -DskipTests >"$LOGS/build.log" 2>&1 || die "the build failed; read $LOGS/build.log"
  ok "built"
}

services_up() {
  services_build
  service_env
  local s
  for s in "${SERVICES[@]}"; do
    if pid_alive "$s"; then ok "$s already running"; continue; fi
    port_open "${SERVICE_PORT[$s]}" && die "port ${SERVICE_PORT[$s]} for $s is taken by another process"
    step "starting $s on :${SERVICE_PORT[$s]}"
    # shellcheck disable=SC2086 # the options are words on purpose
    start_bg "$s" java -Xms128m -Xmx768m ${SERVICE_JAVA_OPTS[$s]:-} -jar "$ROOT/$s/target/quarkus-app/quarkus-run.jar"
  done
  for s in "${SERVICES[@]}"; do
    wait_for "$s" 120 curl -fsS "http://127.0.0.1:${SERVICE_PORT[$s]}/q/health/ready"
    ok "$s ready"
  done
}

print_urls() {
  cat <<URLS

UnMoGrowP is up (dev defaults; see docs/contracts.md):
  ingestion-service         http://127.0.0.1:8081/v1/events
  attribution-engine        http://127.0.0.1:8082/q/health
  api-gateway               http://127.0.0.1:3004/api/v1
  customer-success-tracker  http://127.0.0.1:8084/api/v1
  Prometheus                http://127.0.0.1:9090      Alertmanager  http://127.0.0.1:9093
  Kafka 127.0.0.1:9092   PostgreSQL 127.0.0.1:5432   ClickHouse http://127.0.0.1:8123
  operator token (dev only): $ADMIN_TOKEN
  logs: ./platform logs SERVICE      stop: ./platform down
URLS
}

# ---------------------------------------------------------------- down, status, logs, test

platform_down() {
  step "stopping UnMoGrowP"
  local s
  for s in "${SERVICES[@]}"; do stop_pid "$s" 30; done
  stop_pid node-exporter; stop_pid alert-webhook; stop_pid alertmanager; stop_pid prometheus
  stop_pid clickhouse 30
  stop_pid kafka 60
  postgres_down
}

platform_status() {
  local name port
  printf '%-26s %-8s %-6s %s\n' COMPONENT PID PORT STATE
  for name in postgres:5432 kafka:9092 clickhouse:8123 prometheus:9090 alertmanager:9093 alert-webhook:9095 node-exporter:9100 \
      ingestion-service:8081 attribution-engine:8082 api-gateway:3004 customer-success-tracker:8084; do
    port="${name#*:}"; name="${name%%:*}"
    local pid=- state=stopped
    if pid_alive "$name"; then pid="$(cat "$PIDS/$name.pid")"; state=running; port_open "$port" || state="running (port closed)"; fi
    printf '%-26s %-8s %-6s %s\n' "$name" "$pid" "$port" "$state"
  done
}

platform_logs() {
  local name="$1"
  [ -n "$name" ] || die "usage: ./platform logs SERVICE"
  [ -f "$LOGS/$name.log" ] || die "no log for '$name' in $LOGS"
  if [ -t 1 ]; then tail -n 200 -f "$LOGS/$name.log"; else tail -n 200 "$LOGS/$name.log"; fi
}

run_tests() {
  step "observability checks (promtool, amtool, dashboards, kustomize)"
  bash "$ROOT/observability/check.sh" || die "observability checks failed"
  step "running the test suite (./mvnw verify)"
  "$ROOT/mvnw" -B verify -Dunmogrowp.run.dir="$RUN" || die "tests failed (surefire/failsafe reports under */target/*-reports)"
}

run_benchmark() {
  local name="${1:-}"
  [ -x "$ROOT/load-generator/bench/$name.sh" ] || die "unknown benchmark '$name' (ls load-generator/bench)"
  infra_up
  shift
  "$ROOT/load-generator/bench/$name.sh" "$@"
}

component_stop() {
  case "$1" in
    kafka) stop_pid kafka 60 ;;
    clickhouse) stop_pid clickhouse 30 ;;
    postgres) postgres_down ;;
    *) die "usage: ./platform stop kafka|clickhouse|postgres" ;;
  esac
}

component_start() {
  mkdir -p "$RUN" "$LOGS" "$PIDS"
  case "$1" in
    kafka) kafka_up ;;
    clickhouse) clickhouse_up ;;
    postgres) postgres_up ;;
    *) die "usage: ./platform start kafka|clickhouse|postgres" ;;
  esac
}
