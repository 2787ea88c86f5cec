-- The webhook outbox: state of a side-effecting processor, never rebuilt by replay.
-- webhook_target: the subscriptions as the outbox processor has seen them, in event order.
-- webhook_delivery: one row per (subscription, event), created in the transaction that moves the processor's token;
-- delivered in order per (subscription, resource), retried with backoff, parked after the last attempt.
-- webhook_attempt: every attempt at a delivery (the delivery log).
CREATE TABLE webhook_target (
    webhook_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    url         VARCHAR(2048) NOT NULL,
    event_types VARCHAR(8000) NOT NULL,
    project_ids VARCHAR(8000) NOT NULL,
    active      BOOLEAN       NOT NULL
);

CREATE TABLE webhook_delivery (
    delivery_id      UUID          NOT NULL PRIMARY KEY,
    webhook_id       VARCHAR(64)   NOT NULL,
    position         BIGINT        NOT NULL,
    event_id         VARCHAR(255)  NOT NULL,
    event_type       VARCHAR(200)  NOT NULL,
    resource_id      VARCHAR(255)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    lease_until      TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    delivered_at     TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       VARCHAR(1000),
    UNIQUE (webhook_id, position)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_queue ON webhook_delivery (webhook_id, resource_id, position)
    WHERE status IN ('PENDING', 'PARKED');
CREATE INDEX webhook_delivery_by_webhook ON webhook_delivery (webhook_id, position);

CREATE TABLE webhook_attempt (
    delivery_id  UUID          NOT NULL,
    attempt      INTEGER       NOT NULL,
    attempted_at TIMESTAMPTZ   NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(1000),
    duration_ms  BIGINT        NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
