#!/usr/bin/env bash
# Live validation of a running monitoring stack (read-only: it only queries HTTP APIs).
# Sections: stack health, target health, performance metrics, customer success metrics,
# platform goals, dashboards, alert rules, integration. Prints PASS/FAIL/WARN lines and a summary;
# exits 1 when anything FAILs (WARN = not wrong, but worth a look, e.g. no traffic yet).
# Environment (defaults are the local setup):
#   PROMETHEUS_URL=http://127.0.0.1:9090  ALERTMANAGER_URL=http://127.0.0.1:9093
#   GRAFANA_URL=http://127.0.0.1:3000 GRAFANA_USER=admin GRAFANA_PASSWORD (optional: dashboards checked when set)
#   LOKI_URL=http://127.0.0.1:3100  JAEGER_URL=http://127.0.0.1:16686 (optional components)
set -euo pipefail

OBS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROM="${PROMETHEUS_URL:-http://127.0.0.1:9090}"
AM="${ALERTMANAGER_URL:-http://127.0.0.1:9093}"
GRAFANA="${GRAFANA_URL:-http://127.0.0.1:3000}"
LOKI="${LOKI_URL:-http://127.0.0.1:3100}"
JAEGER="${JAEGER_URL:-http://127.0.0.1:16686}"
SERVICE_JOBS=(unmogrowp-ingestion unmogrowp-engine unmogrowp-gateway unmogrowp-cst)

passes=0; fails=0; warns=0
pass() { passes=$((passes + 1)); printf 'PASS  %s\n' "$*"; }
fail() { fails=$((fails + 1)); printf 'FAIL  %s\n' "$*"; }
warn() { warns=$((warns + 1)); printf 'WARN  %s\n' "$*"; }
section() { printf '\n== %s\n' "$*"; }

reachable() { curl -fsS -m 5 -o /dev/null "$1" 2>/dev/null; }

query() {  # query PROMQL -> first sample value, or empty when the result is empty or on error
  curl -fsS -m 10 -G "$PROM/api/v1/query" --data-urlencode "query=$1" 2>/dev/null |
    python3 -c 'import json,sys
d = json.load(sys.stdin)
r = d.get("data", {}).get("result", [])
print(r[0]["value"][1] if r else "")' 2>/dev/null || true
}

goal() {  # goal NAME PROMQL OPERATOR THRESHOLD UNIT : PASS when met, WARN when missed or no data
  local name="$1" value
  value="$(query "$2")"
  if [ -z "$value" ] || [ "$value" = "NaN" ]; then warn "$name: no data yet (no traffic or service not scraped)"; return; fi
  if python3 -c "import sys; v=float(sys.argv[1]); t=float(sys.argv[3]); sys.exit(0 if {'<': v < t, '>': v > t, '>=': v >= t, '<=': v <= t}[sys.argv[2]] else 1)" "$value" "$3" "$4"; then
    pass "$name: $value $5 (target $3 $4)"
  else
    warn "$name: $value $5 misses target $3 $4"
  fi
}

present() {  # present METRIC SEVERITY(fail|warn) : the metric has at least one series
  local count
  count="$(query "count($1)")"
  if [ -n "$count" ]; then pass "$1 present ($count series)"
  elif [ "$2" = fail ]; then fail "$1 missing"
  else warn "$1 missing (appears after the first matching event)"; fi
}

section "1. Monitoring stack health"
if reachable "$PROM/-/healthy" && reachable "$PROM/-/ready"; then pass "Prometheus healthy and ready at $PROM"
else fail "Prometheus not reachable at $PROM (start it: bash observability/activate-monitoring.sh)"
  echo; echo "$passes passed, $fails failed, $warns warnings"; exit 1; fi
if reachable "$AM/-/healthy"; then pass "Alertmanager healthy at $AM"; else fail "Alertmanager not reachable at $AM"; fi
if reachable "$GRAFANA/api/health"; then pass "Grafana healthy at $GRAFANA"; else warn "Grafana not reachable at $GRAFANA (Docker or cluster only)"; fi
if reachable "$LOKI/ready"; then pass "Loki ready at $LOKI"; else warn "Loki not reachable at $LOKI (Docker or cluster only)"; fi
if reachable "$JAEGER/"; then pass "Jaeger UI at $JAEGER"; else warn "Jaeger not reachable at $JAEGER (Docker or cluster only)"; fi

section "2. Prometheus target health"
targets="$(curl -fsS -m 10 "$PROM/api/v1/targets?state=active" 2>/dev/null || true)"
if [ -z "$targets" ]; then
  fail "could not read $PROM/api/v1/targets"
else
  while IFS=$'\t' read -r job instance health error; do
    if [ "$health" = up ]; then pass "target $job $instance up"
    elif [ "$job" = unmogrowp-loadgen ]; then warn "target $job $instance $health (only up while a load test runs)"
    else fail "target $job $instance $health${error:+: $error}"; fi
  done < <(printf '%s' "$targets" | python3 -c 'import json,sys
for t in json.load(sys.stdin)["data"]["activeTargets"]:
    print("\t".join([t["labels"].get("job", "?"), t["labels"].get("instance", "?"), t["health"], t.get("lastError", "").replace("\t", " ")]))')
  for job in "${SERVICE_JOBS[@]}" kafka node; do
    printf '%s' "$targets" | grep -q "\"job\":\"$job\"" || fail "no scrape target for job $job"
  done
fi

section "3. Performance metrics"
present up fail
present attribution_events_processed_total warn
present attribution_event_processing_duration_seconds_bucket warn
present ingestion_requests_total warn
present attribution_decisions_total warn
present unmogrowp_dependency_up warn

section "4. Customer success metrics"
present total_pilot_customers warn
present successful_pilot_customers warn
present customer_satisfaction_score warn
present customer_health_score warn
present customer_api_latency_ms warn

section "5. Platform goals (misses are warnings: they are the alerts' business)"
goal "throughput" "unmogrowp:events_processed:rate1m" ">=" 1000000 "events/s"
goal "p95 processing latency" "max(job:event_processing_latency_seconds:p95_5m)" "<" 0.1 "s"
goal "24 h uptime" "min(instance:up:avg_over_time_1d)" ">=" 0.999 ""
goal "attribution accuracy" "avg(attribution_accuracy_percent)" ">=" 99 "%"
goal "5xx error ratio" "max(job:http_server_errors:ratio_rate5m)" "<" 0.001 ""
goal "pilot customers" "max(total_pilot_customers)" ">=" 5 ""

section "6. Dashboards"
if [ -n "${GRAFANA_PASSWORD:-}" ] && reachable "$GRAFANA/api/health"; then
  for uid in unmogrowp-performance unmogrowp-customer-success unmogrowp-load-testing unmogrowp-onboarding unmogrowp-attribution-engine; do
    if curl -fsS -m 10 -o /dev/null -u "${GRAFANA_USER:-admin}:$GRAFANA_PASSWORD" "$GRAFANA/api/dashboards/uid/$uid"; then pass "dashboard $uid provisioned"
    else fail "dashboard $uid not found in Grafana"; fi
  done
else
  warn "dashboards not checked (set GRAFANA_PASSWORD with Grafana running)"
fi

section "7. Alert rules"
rules="$(curl -fsS -m 10 "$PROM/api/v1/rules" 2>/dev/null || true)"
if [ -z "$rules" ]; then
  fail "could not read $PROM/api/v1/rules"
else
  while IFS=$'\t' read -r status detail; do
    case "$status" in
      PASS) pass "$detail" ;; FAIL) fail "$detail" ;; *) warn "$detail" ;;
    esac
  done < <(printf '%s' "$rules" | python3 -c 'import json,sys,yaml
loaded = {}
for group in json.load(sys.stdin)["data"]["groups"]:
    for rule in group["rules"]:
        loaded[rule.get("name")] = rule
expected = [r["alert"] for g in yaml.safe_load(open(sys.argv[1]))["groups"] for r in g["rules"] if "alert" in r]
missing = [name for name in expected if name not in loaded]
print("PASS\t%d of %d alert rules loaded" % (len(expected) - len(missing), len(expected)) if not missing
      else "FAIL\talert rules not loaded (reload Prometheus: curl -X POST %s/-/reload): %s" % (sys.argv[2], ", ".join(missing)))
for name, rule in sorted(loaded.items()):
    if rule.get("health", "ok") != "ok":
        print("FAIL\trule %s unhealthy: %s" % (name, rule.get("lastError", "")))
    if rule.get("type") == "alerting" and rule.get("state") == "firing":
        print("WARN\talert %s is firing" % name)' "$OBS_DIR/prometheus/rules/performance-alerts.yml" "$PROM")
fi

section "8. Integration"
active="$(curl -fsS -m 10 "$PROM/api/v1/alertmanagers" 2>/dev/null | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["data"]["activeAlertmanagers"]))' 2>/dev/null || echo 0)"
if [ "$active" -gt 0 ]; then pass "Prometheus sends alerts to $active Alertmanager(s)"; else fail "Prometheus has no active Alertmanager"; fi
if curl -fsS -m 10 "$AM/api/v2/status" 2>/dev/null | grep -q '"config"'; then pass "Alertmanager configuration loaded"; else fail "Alertmanager status not readable at $AM/api/v2/status"; fi
evaluated="$(query 'count(unmogrowp:event_throughput_target:events_per_second)')"
if [ -n "$evaluated" ]; then pass "recording rules evaluated"; else fail "recording rules not evaluated (unmogrowp:event_throughput_target:events_per_second absent)"; fi

echo
echo "$passes passed, $fails failed, $warns warnings"
[ "$fails" -eq 0 ]
