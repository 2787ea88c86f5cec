-- Models, their versions and access keys (hashes only), and deployments with their replicas and traffic split.
CREATE TABLE readmodel.model (
    model_id            UUID                     NOT NULL PRIMARY KEY,
    project_id          UUID                     NOT NULL,
    created_by          UUID                     NOT NULL,
    name                VARCHAR(400)             NOT NULL,
    name_key            VARCHAR(400)             NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    file                VARCHAR(1024)            NOT NULL,
    function            VARCHAR(128)             NOT NULL,
    runtime_id          UUID                     NOT NULL,
    runtime_name        VARCHAR(64)              NOT NULL,
    access_key_required BOOLEAN                  NOT NULL,
    latest_version      INTEGER,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL
);
CREATE INDEX model_by_project ON readmodel.model (project_id, name_key, model_id);

CREATE TABLE readmodel.model_version (
    model_id   UUID                     NOT NULL,
    number     INTEGER                  NOT NULL,
    build_id   UUID                     NOT NULL,
    image      VARCHAR(600)             NOT NULL,
    digest     VARCHAR(80)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (model_id, number)
);

CREATE TABLE readmodel.model_access_key (
    key_id     UUID                     NOT NULL PRIMARY KEY,
    model_id   UUID                     NOT NULL,
    name       VARCHAR(100),
    prefix     VARCHAR(12)              NOT NULL,
    key_hash   VARCHAR(64)              NOT NULL UNIQUE,
    created_by UUID                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX model_access_key_by_model ON readmodel.model_access_key (model_id, created_at DESC, key_id);

-- serving_*: what was last deployed, which is what takes the calls now
CREATE TABLE readmodel.deployment (
    deployment_id          UUID                     NOT NULL PRIMARY KEY,
    model_id               UUID                     NOT NULL,
    project_id             UUID                     NOT NULL,
    owner_id               UUID                     NOT NULL,
    state                  VARCHAR(16)              NOT NULL,
    generation             INTEGER                  NOT NULL,
    model_version          INTEGER                  NOT NULL,
    image                  VARCHAR(700)             NOT NULL,
    replicas               INTEGER                  NOT NULL,
    canary_version         INTEGER,
    canary_image           VARCHAR(700),
    canary_percent         INTEGER,
    canary_replicas        INTEGER                  NOT NULL,
    desired_replicas       INTEGER,
    ready_replicas         INTEGER                  NOT NULL,
    serving_version        INTEGER,
    serving_canary_version INTEGER,
    serving_canary_percent INTEGER,
    profile_id             UUID                     NOT NULL,
    profile_name           VARCHAR(64)              NOT NULL,
    cpu_millis             BIGINT                   NOT NULL,
    memory_mib             BIGINT                   NOT NULL,
    gpus                   INTEGER                  NOT NULL,
    gpu_type               VARCHAR(64),
    environment            JSONB                    NOT NULL,
    secret_names           VARCHAR(13000)           NOT NULL,
    failure_reason         VARCHAR(1000),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT                   NOT NULL
);
CREATE INDEX deployment_by_model ON readmodel.deployment (model_id, created_at DESC, deployment_id);
