-- Read models of the catalogue, quotas and usage, sessions and applications.
CREATE TABLE readmodel.runtime (
    runtime_id UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(64)              NOT NULL,
    name_key   VARCHAR(64)              NOT NULL,
    image      VARCHAR(512)             NOT NULL,
    editor     VARCHAR(16)              NOT NULL,
    kernel     VARCHAR(32)              NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    project_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);
CREATE INDEX runtime_by_name ON readmodel.runtime (name_key, runtime_id);

CREATE TABLE readmodel.resource_profile (
    profile_id UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(64)              NOT NULL,
    name_key   VARCHAR(64)              NOT NULL,
    cpu_millis BIGINT                   NOT NULL,
    memory_mib BIGINT                   NOT NULL,
    gpus       INTEGER                  NOT NULL,
    gpu_type   VARCHAR(64),
    retired    BOOLEAN                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL
);
CREATE INDEX resource_profile_by_name ON readmodel.resource_profile (name_key, profile_id);

-- user_id '*' is the workspace default
CREATE TABLE readmodel.quota_limit (
    user_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    cpu_millis BIGINT      NOT NULL,
    memory_mib BIGINT      NOT NULL,
    gpus       INTEGER     NOT NULL
);

CREATE TABLE readmodel.workload_usage (
    workload_id UUID         NOT NULL PRIMARY KEY,
    user_id     UUID         NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    project_id  UUID         NOT NULL,
    name        VARCHAR(400),
    cpu_millis  BIGINT       NOT NULL,
    memory_mib  BIGINT       NOT NULL,
    gpus        INTEGER      NOT NULL,
    gpu_type    VARCHAR(64)
);
CREATE INDEX workload_usage_by_user ON readmodel.workload_usage (user_id);

CREATE TABLE readmodel.session (
    session_id           UUID                     NOT NULL PRIMARY KEY,
    project_id           UUID                     NOT NULL,
    owner_id             UUID                     NOT NULL,
    name                 VARCHAR(400),
    state                VARCHAR(16)              NOT NULL,
    runtime_id           UUID                     NOT NULL,
    runtime_name         VARCHAR(64)              NOT NULL,
    image                VARCHAR(512)             NOT NULL,
    editor               VARCHAR(16)              NOT NULL,
    runtime_deprecated   BOOLEAN                  NOT NULL,
    profile_id           UUID                     NOT NULL,
    profile_name         VARCHAR(64)              NOT NULL,
    cpu_millis           BIGINT                   NOT NULL,
    memory_mib           BIGINT                   NOT NULL,
    gpus                 INTEGER                  NOT NULL,
    gpu_type             VARCHAR(64),
    url                  VARCHAR(2048),
    stop_reason          VARCHAR(32),
    failure_reason       VARCHAR(1000),
    idle_timeout_seconds BIGINT                   NOT NULL,
    last_activity_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL
);
CREATE INDEX session_by_project ON readmodel.session (project_id, created_at DESC, session_id);

CREATE TABLE readmodel.application (
    application_id     UUID                     NOT NULL PRIMARY KEY,
    project_id         UUID                     NOT NULL,
    owner_id           UUID                     NOT NULL,
    name               VARCHAR(400)             NOT NULL,
    name_key           VARCHAR(400)             NOT NULL,
    subdomain          VARCHAR(63)              NOT NULL,
    script             VARCHAR(1024)            NOT NULL,
    state              VARCHAR(16)              NOT NULL,
    runtime_id         UUID                     NOT NULL,
    runtime_name       VARCHAR(64)              NOT NULL,
    image              VARCHAR(512)             NOT NULL,
    runtime_deprecated BOOLEAN                  NOT NULL,
    profile_id         UUID                     NOT NULL,
    profile_name       VARCHAR(64)              NOT NULL,
    cpu_millis         BIGINT                   NOT NULL,
    memory_mib         BIGINT                   NOT NULL,
    gpus               INTEGER                  NOT NULL,
    gpu_type           VARCHAR(64),
    environment        JSONB                    NOT NULL,
    url                VARCHAR(2048),
    failure_reason     VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);
CREATE INDEX application_by_project ON readmodel.application (project_id, name_key, application_id);

-- The version (sequence number of the latest applied event) each read model holds of each aggregate; what a
-- request waits for when it must answer with its own write (read-your-writes), also for rows since deleted.
CREATE TABLE readmodel.projection_version (
    read_model   VARCHAR(64) NOT NULL,
    aggregate_id VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL,
    PRIMARY KEY (read_model, aggregate_id)
);
