-- Dev-only roles and databases for ./platform (password documented in docs/contracts.md; never used in prod).
-- Schemas inside each database are owned by the services' Flyway migrations.
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'unmogrowp') THEN
    CREATE ROLE unmogrowp LOGIN PASSWORD 'unmogrowp-dev';
  END IF;
END $$;
SELECT 'CREATE DATABASE gateway OWNER unmogrowp' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'gateway')\gexec
SELECT 'CREATE DATABASE gateway_test OWNER unmogrowp' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'gateway_test')\gexec
SELECT 'CREATE DATABASE customer_success OWNER unmogrowp' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'customer_success')\gexec
SELECT 'CREATE DATABASE customer_success_test OWNER unmogrowp' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'customer_success_test')\gexec
