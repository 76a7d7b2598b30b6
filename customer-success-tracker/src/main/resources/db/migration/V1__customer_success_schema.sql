-- Pilot customers and everything the customer-success dashboards are computed from.

CREATE TYPE onboarding_stage AS ENUM ('discovery', 'setup', 'integration', 'testing', 'launched');
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE ticket_status AS ENUM ('open', 'resolved');

CREATE TABLE customers (
    id                  text PRIMARY KEY CHECK (id ~ '^cus_[0-9a-f]+$'),
    company_name        text NOT NULL CHECK (length(btrim(company_name)) > 0),
    contact_email       text NOT NULL,
    -- Platform app ids (api-gateway's app_id) whose events belong to this customer.
    app_ids             text[] NOT NULL DEFAULT '{}',
    pilot_started_at    timestamptz NOT NULL,
    target_launch_date  date NOT NULL,
    stage               onboarding_stage NOT NULL DEFAULT 'discovery',
    launched_at         timestamptz,
    time_to_launch_days integer CHECK (time_to_launch_days >= 0),
    technical_success   boolean NOT NULL DEFAULT false,
    business_success    boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((stage = 'launched') = (launched_at IS NOT NULL))
);

-- Company names are unique regardless of case so "Acme" and "ACME" cannot both be pilots.
CREATE UNIQUE INDEX customers_company_name_key ON customers (lower(company_name));

CREATE TABLE customer_stage_transitions (
    id              bigserial PRIMARY KEY,
    customer_id     text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    from_stage      onboarding_stage,
    to_stage        onboarding_stage NOT NULL,
    reason          text,
    transitioned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_stage_transitions_customer_idx ON customer_stage_transitions (customer_id, transitioned_at);

CREATE TABLE survey_responses (
    id           bigserial PRIMARY KEY,
    customer_id  text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    score        smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment      text,
    submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_responses_customer_idx ON survey_responses (customer_id, submitted_at);

CREATE TABLE support_tickets (
    id          text PRIMARY KEY CHECK (id ~ '^tkt_[0-9a-f]+$'),
    customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    priority    ticket_priority NOT NULL,
    subject     text NOT NULL,
    status      ticket_status NOT NULL DEFAULT 'open',
    opened_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE INDEX support_tickets_customer_idx ON support_tickets (customer_id, status);

-- One row per reported cost comparison; the latest row is the customer's current savings.
CREATE TABLE cost_baselines (
    id                    bigserial PRIMARY KEY,
    customer_id           text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    previous_monthly_cost numeric(14, 2) NOT NULL CHECK (previous_monthly_cost > 0),
    current_monthly_cost  numeric(14, 2) NOT NULL CHECK (current_monthly_cost >= 0),
    currency              char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    recorded_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cost_baselines_customer_idx ON cost_baselines (customer_id, recorded_at DESC, id DESC);
