#!/usr/bin/env bash
# Starts the local monitoring stack on 127.0.0.1 without Docker: Prometheus :9090, Alertmanager :9093
# and the dev webhook receiver :9095 (alerts appended to <run dir>/logs/alerts.jsonl).
# Data, logs and pid files live under ${UNMOGROWP_RUN_DIR:-<repo>/.run} with the same names
# ./platform uses, so `./platform down` stops them too. Idempotent: running components are left
# alone (Prometheus and Alertmanager get a configuration reload instead).
#
#   activate-monitoring.sh            start (or reload) locally
#   activate-monitoring.sh --docker   docker compose up the full stack of docker-compose.yml
#   activate-monitoring.sh --stop     stop what this script started (by pid file)
#   activate-monitoring.sh --status   show what runs
# Environment: UNMOGROWP_ALERT_WEBHOOK_URL sends Alertmanager's local-webhook receiver elsewhere
# (default http://127.0.0.1:9095/alerts, the bundled receiver).
set -euo pipefail

OBS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$OBS_DIR")"
RUN="${UNMOGROWP_RUN_DIR:-$ROOT/.run}"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
DEFAULT_WEBHOOK_URL="http://127.0.0.1:9095/alerts"
WEBHOOK_URL="${UNMOGROWP_ALERT_WEBHOOK_URL:-$DEFAULT_WEBHOOK_URL}"

info() { printf '==> %s\n' "$*"; }
ok()   { printf '    ok %s\n' "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_bg() {  # start_bg NAME COMMAND... : background process, output to its log, pid to its pid file
  local name="$1"; shift
  mkdir -p "$LOGS" "$PIDS"
  nohup "$@" >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {  # wait_ready NAME URL SECONDS
  local name="$1" url="$2" secs="$3" i
  for ((i = 0; i < secs * 2; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then ok "$name ready ($url)"; return 0; fi
    pid_alive "$name" || die "$name exited; read $LOGS/$name.log"
    sleep 0.5
  done
  die "$name not ready after ${secs}s; read $LOGS/$name.log"
}

alertmanager_binary() {
  if command -v prometheus-alertmanager >/dev/null 2>&1; then echo prometheus-alertmanager
  elif command -v alertmanager >/dev/null 2>&1; then echo alertmanager
  else die "Alertmanager not found (Debian: apt-get install prometheus-alertmanager)"; fi
}

alertmanager_config() {  # prints the config path to use, rendering a copy when the webhook URL is overridden
  if [ "$WEBHOOK_URL" = "$DEFAULT_WEBHOOK_URL" ]; then
    echo "$OBS_DIR/alertmanager/alertmanager.yml"
    return
  fi
  local dir="$RUN/alertmanager-config"
  mkdir -p "$dir/templates"
  cp "$OBS_DIR"/alertmanager/templates/*.tmpl "$dir/templates/"
  sed "s#url: $DEFAULT_WEBHOOK_URL#url: $WEBHOOK_URL#" "$OBS_DIR/alertmanager/alertmanager.yml" >"$dir/alertmanager.yml"
  echo "$dir/alertmanager.yml"
}

start_local() {
  command -v prometheus >/dev/null 2>&1 || die "Prometheus not found (Debian: apt-get install prometheus)"
  command -v curl >/dev/null 2>&1 || die "curl not found"
  local am_bin am_cfg
  am_bin="$(alertmanager_binary)"
  info "checking configuration"
  promtool check config "$OBS_DIR/prometheus/prometheus.yml" >/dev/null || die "prometheus.yml invalid: run promtool check config"
  am_cfg="$(alertmanager_config)"
  amtool check-config "$am_cfg" >/dev/null || die "$am_cfg invalid: run amtool check-config"
  ok "prometheus.yml, rules and alertmanager config valid"
  mkdir -p "$RUN/prometheus" "$RUN/alertmanager" "$LOGS" "$PIDS"

  if [ "$WEBHOOK_URL" = "$DEFAULT_WEBHOOK_URL" ]; then
    if pid_alive alert-webhook; then ok "webhook receiver already running"
    elif port_open 9095; then die "port 9095 is taken by another process; set UNMOGROWP_ALERT_WEBHOOK_URL or free it"
    else
      info "starting webhook receiver on 127.0.0.1:9095"
      start_bg alert-webhook python3 "$OBS_DIR/alertmanager/webhook-receiver.py" --port 9095 --output "$LOGS/alerts.jsonl"
      wait_ready alert-webhook http://127.0.0.1:9095/ 15
    fi
  fi

  if pid_alive alertmanager; then
    curl -fsS -X POST -o /dev/null http://127.0.0.1:9093/-/reload && ok "alertmanager already running: configuration reloaded"
  elif port_open 9093; then die "port 9093 is taken by a process without a pid file in $PIDS"
  else
    info "starting Alertmanager on 127.0.0.1:9093"
    start_bg alertmanager "$am_bin" --config.file="$am_cfg" --storage.path="$RUN/alertmanager" \
      --web.listen-address=127.0.0.1:9093 --cluster.listen-address=
    wait_ready alertmanager http://127.0.0.1:9093/-/ready 60
  fi

  if pid_alive prometheus; then
    curl -fsS -X POST -o /dev/null http://127.0.0.1:9090/-/reload && ok "prometheus already running: configuration reloaded"
  elif port_open 9090; then die "port 9090 is taken by a process without a pid file in $PIDS"
  else
    info "starting Prometheus on 127.0.0.1:9090"
    start_bg prometheus prometheus --config.file="$OBS_DIR/prometheus/prometheus.yml" \
      --storage.tsdb.path="$RUN/prometheus" --storage.tsdb.retention.time=30d \
      --web.listen-address=127.0.0.1:9090 --web.enable-lifecycle
    wait_ready prometheus http://127.0.0.1:9090/-/ready 60
  fi

  cat <<DONE
Monitoring is up:
  Prometheus    http://127.0.0.1:9090   (alerts: /alerts, targets: /targets)
  Alertmanager  http://127.0.0.1:9093
  Alerts log    $LOGS/alerts.jsonl
Validate with: bash observability/validate-monitoring.sh
Grafana, Loki and Jaeger need Docker here: activate-monitoring.sh --docker
DONE
}

stop_local() {
  local name pid i
  for name in prometheus alertmanager alert-webhook; do
    [ -f "$PIDS/$name.pid" ] || continue
    pid="$(cat "$PIDS/$name.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for ((i = 0; i < 80; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      ok "stopped $name (pid $pid)"
    fi
    rm -f "$PIDS/$name.pid"
  done
}

status_local() {
  local name port
  for name in prometheus:9090 alertmanager:9093 alert-webhook:9095; do
    port="${name#*:}"; name="${name%%:*}"
    if pid_alive "$name"; then printf '%-14s running (pid %s) on 127.0.0.1:%s\n' "$name" "$(cat "$PIDS/$name.pid")" "$port"
    elif port_open "$port"; then printf '%-14s port %s open, not started by this script\n' "$name" "$port"
    else printf '%-14s stopped\n' "$name"; fi
  done
}

start_docker() {
  command -v docker >/dev/null 2>&1 || die "docker not found; run without --docker to start Prometheus and Alertmanager natively"
  docker compose version >/dev/null 2>&1 || die "the docker compose plugin is required"
  mkdir -p "$LOGS"
  info "starting the Docker stack (docker-compose.yml)"
  UNMOGROWP_RUN_DIR="$RUN" docker compose -f "$OBS_DIR/docker-compose.yml" up -d
  wait_ready_docker prometheus http://127.0.0.1:9090/-/ready
  wait_ready_docker alertmanager http://127.0.0.1:9093/-/ready
  wait_ready_docker grafana http://127.0.0.1:3000/api/health
  echo "Grafana http://127.0.0.1:3000 (admin / \$GRAFANA_ADMIN_PASSWORD, dev default unmogrowp-dev-admin), Jaeger http://127.0.0.1:16686"
}

wait_ready_docker() {
  local i
  for ((i = 0; i < 120; i++)); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then ok "$1 ready"; return 0; fi
    sleep 1
  done
  die "$1 not ready after 120s: docker compose -f $OBS_DIR/docker-compose.yml logs $1"
}

case "${1:-}" in
  "")        start_local ;;
  --docker)  start_docker ;;
  --stop)    stop_local ;;
  --status)  status_local ;;
  -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)         die "unknown option '$1' (try --help)" ;;
esac
