-- Builds and the build queue. A waiting build's position is its place among the waiting builds, in order of request.
CREATE TABLE readmodel.build (
    build_id        UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL,
    requested_by    UUID                     NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    name            VARCHAR(63)              NOT NULL,
    source          JSONB                    NOT NULL,
    base_runtime_id UUID                     NOT NULL,
    recipe          JSONB                    NOT NULL,
    model_id        UUID,
    state           VARCHAR(16)              NOT NULL,
    admitted        BOOLEAN                  NOT NULL,
    image           VARCHAR(600),
    digest          VARCHAR(80),
    failure_reason  VARCHAR(1000),
    log_tail        VARCHAR(8192),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL
);
CREATE INDEX build_by_project ON readmodel.build (project_id, created_at DESC, build_id);
CREATE INDEX build_by_model ON readmodel.build (model_id, created_at DESC, build_id);

CREATE TABLE readmodel.build_queue_entry (
    build_id    UUID    NOT NULL PRIMARY KEY,
    project_id  UUID    NOT NULL,
    enqueued_at BIGINT  NOT NULL,
    dispatched  BOOLEAN NOT NULL
);
