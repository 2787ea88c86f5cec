-- The audit trail: one record per stored event and per refused command, in one SHA-256 hash chain (seq is the
-- position in the chain; hash covers the record's canonical form and prev_hash). Written only by the audit
-- projector; rebuilt by replay into the same rows and hashes. Checkpoints are signed attestations of the chain and
-- are kept across rebuilds.
CREATE TABLE readmodel.audit_record (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    kind           VARCHAR(8)               NOT NULL,
    position       BIGINT                   UNIQUE,
    refusal_id     BIGINT                   UNIQUE,
    event_id       VARCHAR(255),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)             NOT NULL,
    action         VARCHAR(200)             NOT NULL,
    resource_type  VARCHAR(100),
    resource_id    VARCHAR(255),
    project_id     VARCHAR(64),
    outcome        VARCHAR(16)              NOT NULL,
    reason_code    VARCHAR(64),
    reason         VARCHAR(2000),
    correlation_id VARCHAR(255),
    client_address VARCHAR(64),
    details        TEXT,
    prev_hash      VARCHAR(64)              NOT NULL,
    hash           VARCHAR(64)              NOT NULL
);
CREATE INDEX audit_record_by_actor ON readmodel.audit_record (actor, seq);
CREATE INDEX audit_record_by_project ON readmodel.audit_record (project_id, seq);
CREATE INDEX audit_record_by_resource ON readmodel.audit_record (resource_type, resource_id, seq);
CREATE INDEX audit_record_by_action ON readmodel.audit_record (action, seq);
CREATE INDEX audit_record_by_time ON readmodel.audit_record (occurred_at, seq);

-- Events the projector has seen but cannot chain yet, because an earlier position may still be committed.
CREATE TABLE readmodel.audit_pending (
    position       BIGINT                   NOT NULL PRIMARY KEY,
    event_id       VARCHAR(255)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(200)             NOT NULL,
    action         VARCHAR(200)             NOT NULL,
    resource_type  VARCHAR(100),
    resource_id    VARCHAR(255),
    project_id     VARCHAR(64),
    correlation_id VARCHAR(255),
    client_address VARCHAR(64),
    details        TEXT
);

CREATE TABLE readmodel.audit_checkpoint (
    seq       BIGINT                   NOT NULL PRIMARY KEY,
    hash      VARCHAR(64)              NOT NULL,
    signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(32)              NOT NULL,
    signature VARCHAR(200)             NOT NULL
);
