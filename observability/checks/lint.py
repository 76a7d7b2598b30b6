#!/usr/bin/env python3
"""Structural checks behind observability/check.sh that promtool, amtool and kustomize do not cover.

Usage: lint.py CHECK [ARGS]; prints what is wrong and exits 1 on any problem.
Checks: dashboards, metrics, alerts, test-coverage, alertmanager-consistency,
        prometheus-k8s-copy OUT, manifests FILE, yaml-files.
"""
import glob
import json
import os
import re
import sys

import yaml

OBS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(OBS)
RULES = os.path.join(OBS, "prometheus", "rules")
RUNBOOK_BASE = "https://github.com/unmogrowp/unmogrowp/blob/main/docs/runbooks.md#"
SEVERITIES = {"critical", "warning", "info"}
EXPECTED_DASHBOARDS = {
    "performance-monitoring.json": ("unmogrowp-performance", 12),
    "customer-success-metrics.json": ("unmogrowp-customer-success", 10),
    "load-testing-validation.json": ("unmogrowp-load-testing", 9),
    "customer-onboarding.json": ("unmogrowp-onboarding", 11),
    "attribution-engine.json": ("unmogrowp-attribution-engine", 10),
}
PROMQL_KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
                   "group_right", "offset", "bool", "inf", "nan", "atan2"}


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def rule_groups():
    for path in sorted(glob.glob(os.path.join(RULES, "*.yml"))):
        for group in load_yaml(path)["groups"]:
            yield path, group


def alerts():
    return [rule for _, group in rule_groups() for rule in group["rules"] if "alert" in rule]


def recorded_names():
    return {rule["record"] for _, group in rule_groups() for rule in group["rules"] if "record" in rule}


def dashboards():
    for path in sorted(glob.glob(os.path.join(OBS, "grafana", "dashboards", "*.json"))):
        with open(path, encoding="utf-8") as handle:
            yield path, json.load(handle)


def metric_names(expr):
    """Series names an expression reads: strips strings, matchers, ranges, grouping clauses,
    Grafana variables and function calls, then keeps the remaining identifiers."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    text = re.sub(r"'(?:[^'\\]|\\.)*'", "''", text)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = re.sub(r"\[[^\]]*\]", "", text)
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    text = re.sub(r"\$\{?\w+\}?", " ", text)
    names = set()
    for match in re.finditer(r"(?<![A-Za-z0-9_:.])[A-Za-z_:][A-Za-z0-9_:]*", text):
        rest = text[match.end():].lstrip()
        if rest.startswith("(") or match.group() in PROMQL_KEYWORDS:
            continue
        names.add(match.group())
    return names


def dashboard_expressions(dashboard):
    for panel in dashboard.get("panels", []):
        for target in panel.get("targets", []):
            if target.get("expr"):
                yield panel["title"], target["expr"]
    for variable in dashboard.get("templating", {}).get("list", []):
        query = variable.get("query")
        if isinstance(query, dict):
            query = query.get("query", "")
        if variable.get("type") == "query" and query:
            found = re.fullmatch(r"\s*label_values\(\s*(.+?)\s*,\s*\w+\s*\)\s*", query)
            yield "variable " + variable["name"], found.group(1) if found else query


def check_dashboards(_args):
    problems = []
    seen = set()
    for path, dashboard in dashboards():
        name = os.path.basename(path)
        seen.add(name)
        expected = EXPECTED_DASHBOARDS.get(name)
        if expected is None:
            problems.append(f"{name}: not listed in EXPECTED_DASHBOARDS of checks/lint.py")
            continue
        uid, panel_count = expected
        panels = dashboard.get("panels", [])
        if dashboard.get("uid") != uid:
            problems.append(f"{name}: uid {dashboard.get('uid')!r}, expected {uid!r}")
        if len(panels) != panel_count:
            problems.append(f"{name}: {len(panels)} panels, expected {panel_count}")
        if dashboard.get("schemaVersion") != 39:
            problems.append(f"{name}: schemaVersion {dashboard.get('schemaVersion')}, expected 39")
        variables = {v["name"]: v for v in dashboard.get("templating", {}).get("list", [])}
        source = variables.get("datasource")
        if not source or source.get("type") != "datasource" or source.get("current", {}).get("value") != "prometheus":
            problems.append(f"{name}: needs a 'datasource' variable of type datasource defaulting to uid prometheus")
        ids = [p.get("id") for p in panels]
        if len(ids) != len(set(ids)):
            problems.append(f"{name}: duplicate panel ids")
        for panel in panels:
            if panel.get("datasource", {}).get("uid") != "${datasource}":
                problems.append(f"{name}: panel {panel.get('title')!r} does not use the datasource variable")
            if not panel.get("targets"):
                problems.append(f"{name}: panel {panel.get('title')!r} has no query")
            if not panel.get("description"):
                problems.append(f"{name}: panel {panel.get('title')!r} has no description")
    for name in sorted(set(EXPECTED_DASHBOARDS) - seen):
        problems.append(f"{name}: missing")
    return problems


def check_metrics(_args):
    with open(os.path.join(OBS, "metrics-catalog.txt"), encoding="utf-8") as handle:
        catalog = {line.strip() for line in handle if line.strip() and not line.startswith("#")}
    recorded = recorded_names()
    problems = []
    sources = [(f"rule {r.get('record') or r.get('alert')}", r["expr"]) for _, g in rule_groups() for r in g["rules"]]
    for path, dashboard in dashboards():
        sources += [(f"{os.path.basename(path)} / {where}", expr) for where, expr in dashboard_expressions(dashboard)]
    for where, expr in sources:
        for name in sorted(metric_names(str(expr))):
            if ":" in name:
                if name not in recorded:
                    problems.append(f"{where}: recording rule {name} is not defined")
            elif name not in catalog:
                problems.append(f"{where}: metric {name} is not in metrics-catalog.txt")
    return problems


def check_alerts(_args):
    with open(os.path.join(ROOT, "docs", "runbooks.md"), encoding="utf-8") as handle:
        headings = {line[3:].strip() for line in handle if line.startswith("## ")}
    problems = []
    names = [rule["alert"] for rule in alerts()]
    for duplicate in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"{duplicate}: defined more than once")
    for rule in alerts():
        name = rule["alert"]
        labels, annotations = rule.get("labels", {}), rule.get("annotations", {})
        if labels.get("severity") not in SEVERITIES:
            problems.append(f"{name}: labels.severity must be one of {sorted(SEVERITIES)}")
        if not annotations.get("summary"):
            problems.append(f"{name}: annotations.summary missing")
        description = annotations.get("description", "")
        if "$value" not in description and "$labels" not in description:
            problems.append(f"{name}: annotations.description must use $value or $labels")
        if annotations.get("runbook_url") != RUNBOOK_BASE + name.lower():
            problems.append(f"{name}: runbook_url must be {RUNBOOK_BASE + name.lower()}")
        if name.lower() not in headings:
            problems.append(f"{name}: docs/runbooks.md has no '## {name.lower()}' section")
    return problems


def check_test_coverage(_args):
    firing, quiet = set(), set()
    for path in glob.glob(os.path.join(OBS, "prometheus", "tests", "*.yml")):
        for test in load_yaml(path).get("tests", []):
            for case in test.get("alert_rule_test", []):
                (firing if case.get("exp_alerts") else quiet).add(case["alertname"])
    problems = []
    for rule in alerts():
        if rule["alert"] not in firing:
            problems.append(f"{rule['alert']}: no promtool test case where it fires")
        if rule["alert"] not in quiet:
            problems.append(f"{rule['alert']}: no promtool test case where it stays quiet")
    return problems


def check_alertmanager_consistency(_args):
    local = load_yaml(os.path.join(OBS, "alertmanager", "alertmanager.yml"))
    cluster = load_yaml(os.path.join(OBS, "alertmanager", "alertmanager.k8s.yml"))
    problems = []
    if local["inhibit_rules"] != cluster["inhibit_rules"]:
        problems.append("inhibit_rules differ between alertmanager.yml and alertmanager.k8s.yml")
    if local["route"]["group_by"] != cluster["route"]["group_by"]:
        problems.append("route.group_by differs between alertmanager.yml and alertmanager.k8s.yml")
    alert_names = {rule["alert"] for rule in alerts()}
    for rule in local["inhibit_rules"]:
        for matcher in rule.get("source_matchers", []) + rule.get("target_matchers", []):
            found = re.fullmatch(r'alertname=~?"(.+)"', matcher)
            if found:
                for name in found.group(1).split("|"):
                    if name not in alert_names:
                        problems.append(f"inhibit rule names unknown alert {name}")
    return problems


def prometheus_k8s_copy(args):
    """The Debian promtool is built without Kubernetes discovery: validate everything else of
    prometheus.k8s.yml by swapping kubernetes_sd_configs for a static target."""
    config = load_yaml(os.path.join(OBS, "prometheus", "prometheus.k8s.yml"))
    swapped = 0
    for scrape in config["scrape_configs"]:
        if scrape.pop("kubernetes_sd_configs", None) is not None:
            scrape["static_configs"] = [{"targets": ["127.0.0.1:1"]}]
            swapped += 1
    config["rule_files"] = [os.path.join(RULES, "*.yml")]
    with open(args[0], "w", encoding="utf-8") as handle:
        yaml.safe_dump(config, handle)
    return [] if swapped else ["prometheus.k8s.yml has no kubernetes_sd_configs"]


def check_manifests(args):
    with open(args[0], encoding="utf-8") as handle:
        documents = [d for d in yaml.safe_load_all(handle) if d]
    problems = []
    for doc in documents:
        kind, name = doc["kind"], doc["metadata"]["name"]
        if kind == "Secret":
            problems.append(f"Secret {name} is rendered: secrets are created out of band, never from the repo")
        if doc["metadata"].get("namespace", "unmogrowp") != "unmogrowp":
            problems.append(f"{kind} {name}: namespace {doc['metadata']['namespace']}")
        if kind not in ("Deployment", "StatefulSet"):
            continue
        pod = doc["spec"]["template"]["spec"]
        if not pod.get("securityContext", {}).get("runAsNonRoot"):
            problems.append(f"{kind} {name}: pod securityContext.runAsNonRoot must be true")
        for container in pod["containers"]:
            where = f"{kind} {name} container {container['name']}"
            security = container.get("securityContext", {})
            if not security.get("readOnlyRootFilesystem"):
                problems.append(f"{where}: readOnlyRootFilesystem must be true")
            if security.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{where}: allowPrivilegeEscalation must be false")
            resources = container.get("resources", {})
            if not resources.get("requests") or not resources.get("limits"):
                problems.append(f"{where}: resource requests and limits required")
            for probe in ("livenessProbe", "readinessProbe"):
                if probe not in container:
                    problems.append(f"{where}: {probe} missing")
            if container["image"].startswith("ghcr.io/unmogrowp/"):
                if "startupProbe" not in container:
                    problems.append(f"{where}: startupProbe missing")
                if container["livenessProbe"]["httpGet"]["path"] != "/q/health/live":
                    problems.append(f"{where}: liveness must probe /q/health/live")
                if container["readinessProbe"]["httpGet"]["path"] != "/q/health/ready":
                    problems.append(f"{where}: readiness must probe /q/health/ready")
                annotations = doc["spec"]["template"]["metadata"].get("annotations", {})
                if annotations.get("prometheus.io/scrape") != "true" or annotations.get("prometheus.io/path") != "/q/metrics":
                    problems.append(f"{where}: prometheus.io scrape annotations missing")
                for env in container.get("env", []):
                    if "value" in env and re.search(r"(?i)password|token|secret", env["name"]):
                        problems.append(f"{where}: {env['name']} has a literal value; use the Secret")
    kinds = {(d["kind"], d["metadata"]["name"]) for d in documents}
    for required in [("StatefulSet", "attribution-engine"), ("Deployment", "ingestion-service"),
                     ("Deployment", "api-gateway"), ("Deployment", "customer-success-tracker"),
                     ("HorizontalPodAutoscaler", "ingestion-service"), ("Deployment", "prometheus"),
                     ("Deployment", "alertmanager"), ("Deployment", "grafana"), ("Deployment", "jaeger")]:
        if required not in kinds:
            problems.append(f"{required[0]} {required[1]} missing from the rendered manifests")
    return problems


def check_yaml_files(_args):
    problems = []
    paths = [os.path.join(OBS, p) for p in (
        "docker-compose.yml", "kustomization.yaml", "loki/loki-config.yml", "promtail/promtail-config.yml",
        "grafana/provisioning/dashboards/dashboard-provider.yml", "grafana/provisioning/datasources/datasources.yml")]
    for path in paths:
        try:
            load_yaml(path)
        except (OSError, yaml.YAMLError) as error:
            problems.append(f"{os.path.relpath(path, ROOT)}: {error}")
    if not problems:
        compose = load_yaml(paths[0])
        wanted = {"prometheus", "alertmanager", "grafana", "loki", "promtail", "jaeger", "node-exporter"}
        missing = wanted - set(compose.get("services", {}))
        if missing:
            problems.append(f"docker-compose.yml lacks services {sorted(missing)}")
        uids = {d["uid"] for d in load_yaml(paths[5])["datasources"]}
        if not {"prometheus", "loki", "jaeger"} <= uids:
            problems.append("datasources.yml needs uids prometheus, loki and jaeger")
    return problems


CHECKS = {
    "dashboards": check_dashboards,
    "metrics": check_metrics,
    "alerts": check_alerts,
    "test-coverage": check_test_coverage,
    "alertmanager-consistency": check_alertmanager_consistency,
    "prometheus-k8s-copy": prometheus_k8s_copy,
    "manifests": check_manifests,
    "yaml-files": check_yaml_files,
}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in CHECKS:
        sys.exit(f"usage: lint.py {{{'|'.join(CHECKS)}}} [ARGS]")
    problems = CHECKS[sys.argv[1]](sys.argv[2:])
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
