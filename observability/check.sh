#!/usr/bin/env bash
# Offline checks of the observability and Kubernetes configuration (run by ./platform test).
# Needs promtool, amtool, kubectl and python3 with PyYAML; starts nothing, needs no network.
# Prints PASS/FAIL per check (details of failures indented) and closes with "N passed, M failed".
# CHECK_VERBOSE=1 also prints the output of passing checks.
set -euo pipefail

OBS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$OBS_DIR")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0

check() {  # check NAME COMMAND... : runs the command, counts and reports the outcome
  local name="$1" output
  shift
  if output="$("$@" 2>&1)"; then
    passed=$((passed + 1))
    printf 'PASS  %s\n' "$name"
    if [ "${CHECK_VERBOSE:-0}" = 1 ] && [ -n "$output" ]; then printf '%s\n' "$output" | sed 's/^/      /'; fi
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$name"
    printf '%s\n' "$output" | sed 's/^/      /'
  fi
}

lint() { python3 "$OBS_DIR/checks/lint.py" "$@"; }

require_tools() {
  local missing=() tool
  for tool in promtool amtool kubectl python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  python3 -c 'import yaml' 2>/dev/null || missing+=("python3-yaml")
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "missing: ${missing[*]} (Debian: apt-get install prometheus prometheus-alertmanager python3-yaml; kubectl from your cluster vendor)"
    return 1
  fi
}

prometheus_k8s_config() {
  lint prometheus-k8s-copy "$WORK/prometheus.k8s.yml"
  promtool check config "$WORK/prometheus.k8s.yml"
}

alertmanager_k8s_config() {
  # The cluster config names its templates by their mount path; validate with the repo's templates.
  mkdir -p "$WORK/am/templates"
  cp "$OBS_DIR"/alertmanager/templates/*.tmpl "$WORK/am/templates/"
  sed 's#/etc/alertmanager/templates/#templates/#' "$OBS_DIR/alertmanager/alertmanager.k8s.yml" >"$WORK/am/alertmanager.yml"
  amtool check-config "$WORK/am/alertmanager.yml"
}

expect_route() {  # expect_route RECEIVER LABEL=VALUE... : the cluster routing tree sends these labels there
  local expected="$1" got
  shift
  got="$(amtool config routes test --config.file="$WORK/am/alertmanager.yml" "$@" 2>/dev/null)"
  [ "$got" = "$expected" ] || { echo "labels $* routed to '$got', expected '$expected'"; return 1; }
}

alertmanager_k8s_routes() {
  expect_route slack-oncall alertname=ServiceDown severity=critical team=platform
  expect_route slack-platform alertname=HighErrorRate severity=warning team=platform
  expect_route slack-customer-success alertname=CustomerSatisfactionBelowTarget severity=critical team=customer-success
  expect_route ui-only alertname=Example severity=info team=platform
}

render() {  # render DIR OUT : kubectl kustomize, kept for the manifest lint
  kubectl kustomize "$ROOT/$1" >"$2"
}

scripts_parse() {
  local script
  for script in "$OBS_DIR"/*.sh; do bash -n "$script"; done
  python3 -m py_compile "$OBS_DIR/alertmanager/webhook-receiver.py" "$OBS_DIR/checks/lint.py"
  rm -rf "$OBS_DIR/alertmanager/__pycache__" "$OBS_DIR/checks/__pycache__"
}

cd "$OBS_DIR"
check "tools present (promtool, amtool, kubectl, python3-yaml)" require_tools
check "promtool check config prometheus/prometheus.yml" promtool check config prometheus/prometheus.yml
check "promtool check config prometheus/prometheus.k8s.yml (kubernetes_sd swapped for static)" prometheus_k8s_config
check "promtool check rules prometheus/rules/*.yml" promtool check rules prometheus/rules/*.yml
check "promtool test rules prometheus/tests/*.yml" promtool test rules prometheus/tests/*.yml
check "every alert has a firing and a quiet test case" lint test-coverage
check "every alert has severity, summary, description, runbook_url and a runbook section" lint alerts
check "amtool check-config alertmanager/alertmanager.yml" amtool check-config alertmanager/alertmanager.yml
check "amtool check-config alertmanager/alertmanager.k8s.yml" alertmanager_k8s_config
check "alertmanager.k8s.yml routes by team and severity" alertmanager_k8s_routes
check "local and cluster Alertmanager share grouping and inhibition" lint alertmanager-consistency
check "dashboards parse with expected uid, panel count and datasource variable" lint dashboards
check "every metric in rules and dashboards is in metrics-catalog.txt or recorded" lint metrics
check "compose, Loki, Promtail and Grafana provisioning YAML" lint yaml-files
check "scripts parse (bash -n, py_compile)" scripts_parse
check "kubectl kustomize k8s/overlays/dev" render k8s/overlays/dev "$WORK/dev.yaml"
check "kubectl kustomize k8s/overlays/prod" render k8s/overlays/prod "$WORK/prod.yaml"
check "dev manifests: probes, resources, non-root, read-only, no secrets" lint manifests "$WORK/dev.yaml"
check "prod manifests: probes, resources, non-root, read-only, no secrets" lint manifests "$WORK/prod.yaml"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
