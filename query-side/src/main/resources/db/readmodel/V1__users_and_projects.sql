-- Read models of users, API keys, projects and their members. Written only by projectors; rebuilt by replay.
-- Flyway creates the schema; the statement below serves jOOQ's code generator, which reads this file alone.
CREATE SCHEMA IF NOT EXISTS readmodel;

CREATE TABLE readmodel.app_user (
    user_id      UUID                     NOT NULL PRIMARY KEY,
    username     VARCHAR(64)              NOT NULL,
    username_key VARCHAR(64)              NOT NULL UNIQUE,
    email        VARCHAR(254)             NOT NULL,
    role         VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL
);

CREATE TABLE readmodel.api_key (
    key_id     UUID                     NOT NULL PRIMARY KEY,
    user_id    UUID                     NOT NULL,
    name       VARCHAR(100),
    key_hash   VARCHAR(64)              NOT NULL UNIQUE,
    key_prefix VARCHAR(16)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_user ON readmodel.api_key (user_id);

CREATE TABLE readmodel.project (
    project_id  UUID                     NOT NULL PRIMARY KEY,
    owner_id    UUID                     NOT NULL,
    name        VARCHAR(400)             NOT NULL,
    name_key    VARCHAR(400)             NOT NULL,
    description TEXT                     NOT NULL,
    visibility  VARCHAR(16)              NOT NULL,
    archived    BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);
CREATE INDEX project_by_name ON readmodel.project (name_key, project_id);

CREATE TABLE readmodel.project_member (
    project_id UUID                     NOT NULL,
    user_id    UUID                     NOT NULL,
    role       VARCHAR(16)              NOT NULL,
    since      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_member_by_user ON readmodel.project_member (user_id);
