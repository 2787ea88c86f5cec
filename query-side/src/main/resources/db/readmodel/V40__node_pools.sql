-- Node pools and the scaler's decisions (kept after a pool is deleted: they are its history).
CREATE TABLE readmodel.node_pool (
    name               VARCHAR(63)              NOT NULL PRIMARY KEY,
    machine_deployment VARCHAR(63)              NOT NULL,
    namespace          VARCHAR(63)              NOT NULL,
    min_nodes          INT                      NOT NULL,
    max_nodes          INT                      NOT NULL,
    node_label         VARCHAR(63)              NOT NULL,
    nodes              INT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE TABLE readmodel.node_pool_decision (
    pool        VARCHAR(63)              NOT NULL,
    seq         BIGINT                   NOT NULL,
    from_nodes  INT                      NOT NULL,
    to_nodes    INT                      NOT NULL,
    reason      VARCHAR(1000)            NOT NULL,
    node        VARCHAR(253),
    actor       VARCHAR(100),
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (pool, seq)
);
CREATE INDEX node_pool_decision_newest ON readmodel.node_pool_decision (decided_at DESC, pool, seq);
