#!/bin/bash
# ClickHouse image init hook (docker-compose.yml): the same databases and versioned schema as ./platform.
set -euo pipefail
for db in unmogrowp unmogrowp_test; do
  clickhouse client -q "CREATE DATABASE IF NOT EXISTS $db"
  clickhouse client -d "$db" -q "CREATE TABLE IF NOT EXISTS schema_migrations (version String, applied_at DateTime) ENGINE = TinyLog"
  for file in /schema/V*.sql; do
    version="$(basename "$file" .sql)"
    if ! clickhouse client -d "$db" -q "SELECT version FROM schema_migrations FORMAT TabSeparated" | grep -qx "$version"; then
      clickhouse client -d "$db" --multiquery < "$file"
      clickhouse client -d "$db" -q "INSERT INTO schema_migrations VALUES ('$version', now())"
    fi
  done
done
