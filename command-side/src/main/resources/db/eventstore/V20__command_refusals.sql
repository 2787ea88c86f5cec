-- Commands and write requests Kiln refused: who tried what, and why. Append-only; the source of the audit trail's
-- refusal records. head_position is the last event position stored when the refusal happened; chain_seq is the
-- place the audit trail gave the refusal in its hash chain (written once), so that a rebuild puts it back there.
CREATE TABLE command_refusal (
    refusal_id     BIGSERIAL     NOT NULL PRIMARY KEY,
    refused_at     TIMESTAMPTZ   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    action         VARCHAR(200)  NOT NULL,
    resource_type  VARCHAR(100),
    resource_id    VARCHAR(200),
    project_id     VARCHAR(64),
    code           VARCHAR(64)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    correlation_id VARCHAR(128),
    client_address VARCHAR(64),
    head_position  BIGINT        NOT NULL,
    chain_seq      BIGINT        UNIQUE
);
CREATE INDEX command_refusal_unchained ON command_refusal (refusal_id) WHERE chain_seq IS NULL;
