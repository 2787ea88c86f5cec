-- Command-side lookup tables for workloads: who may do what in which project, what the catalogue offers, the
-- quota each user has and what their workloads hold. Written by subscribing handlers in the command's transaction.
CREATE TABLE project_state (
    project_id VARCHAR(64) NOT NULL PRIMARY KEY,
    owner_id   VARCHAR(64) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    archived   BOOLEAN     NOT NULL
);

CREATE TABLE project_role (
    project_id VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

CREATE TABLE catalog_runtime (
    runtime_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_key   VARCHAR(64)  NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    image      VARCHAR(512) NOT NULL,
    editor     VARCHAR(16)  NOT NULL,
    kernel     VARCHAR(32)  NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    project_id VARCHAR(64)
);
CREATE UNIQUE INDEX catalog_runtime_name ON catalog_runtime (name_key, coalesce(project_id, ''));

CREATE TABLE catalog_profile (
    profile_id VARCHAR(64) NOT NULL PRIMARY KEY,
    name_key   VARCHAR(64) NOT NULL UNIQUE,
    name       VARCHAR(64) NOT NULL,
    cpu_millis BIGINT      NOT NULL,
    memory_mib BIGINT      NOT NULL,
    gpus       INTEGER     NOT NULL,
    gpu_type   VARCHAR(64),
    retired    BOOLEAN     NOT NULL
);

-- user_id '*' holds the default quota
CREATE TABLE quota_limit (
    user_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    cpu_millis BIGINT      NOT NULL,
    memory_mib BIGINT      NOT NULL,
    gpus       INTEGER     NOT NULL
);

-- one row per user, locked while a start checks that user's quota, so that racing starts take turns
CREATE TABLE quota_lock (
    user_id VARCHAR(64) NOT NULL PRIMARY KEY
);

CREATE TABLE workload_usage (
    workload_id VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(64) NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    cpu_millis  BIGINT      NOT NULL,
    memory_mib  BIGINT      NOT NULL,
    gpus        INTEGER     NOT NULL
);
CREATE INDEX workload_usage_user ON workload_usage (user_id);

CREATE TABLE application_subdomain (
    subdomain      VARCHAR(63) NOT NULL PRIMARY KEY,
    application_id VARCHAR(64) NOT NULL UNIQUE
);
