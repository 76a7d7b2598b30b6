#!/usr/bin/env python3
"""Local Alertmanager webhook receiver: appends every notification as one JSON line to a file.

Dev-only sink for the local-webhook receiver in alertmanager.yml, so alerts are visible without
Slack or email: `tail -f .run/logs/alerts.jsonl`. Listens on loopback only.
Usage: webhook-receiver.py [--port 9095] [--output PATH]
"""
import argparse
import json
import sys
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(output_path):
    class AlertHandler(BaseHTTPRequestHandler):
        def do_POST(self):
            if self.path != "/alerts":
                self._answer(404, {"status": 404, "error": "not_found", "reason": "POST to /alerts"})
                return
            length = int(self.headers.get("Content-Length") or 0)
            try:
                notification = json.loads(self.rfile.read(length) or b"null")
            except json.JSONDecodeError as error:
                self._answer(400, {"status": 400, "error": "bad_request", "reason": str(error)})
                return
            record = {"received_at": datetime.now(timezone.utc).isoformat(), "notification": notification}
            with open(output_path, "a", encoding="utf-8") as sink:
                sink.write(json.dumps(record) + "\n")
            self._answer(200, {"status": 200})

        def do_GET(self):
            # Health probe for activate-monitoring.sh.
            self._answer(200, {"status": 200, "output": output_path})

        def _answer(self, status, body):
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format, *args):
            sys.stderr.write("webhook-receiver: " + format % args + "\n")

    return AlertHandler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9095)
    parser.add_argument("--output", default="alerts.jsonl")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.output))
    print(f"webhook-receiver: listening on 127.0.0.1:{args.port}, writing {args.output}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
