-- What the Kubernetes effectors want to exist in the cluster: one row per object, written by the effectors' event
-- handlers in the transaction of their token, converged by the reconciler (level-triggered, server-side apply).
CREATE TABLE k8s_object (
    object_key         VARCHAR(600) NOT NULL PRIMARY KEY,
    owner_id           VARCHAR(160) NOT NULL,
    kind               VARCHAR(64)  NOT NULL,
    namespace          VARCHAR(63),
    name               VARCHAR(253) NOT NULL,
    apply_order        INTEGER      NOT NULL,
    manifest           TEXT         NOT NULL,
    present            BOOLEAN      NOT NULL,
    generation         BIGINT       NOT NULL,
    applied_generation BIGINT       NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX k8s_object_pending ON k8s_object (apply_order) WHERE applied_generation < generation;
CREATE INDEX k8s_object_owner ON k8s_object (owner_id);

-- Effector state: facts the effectors need beyond one event (quotas without an own override, project members).
CREATE TABLE k8s_user (
    user_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    own_quota  BOOLEAN     NOT NULL,
    cpu_millis BIGINT      NOT NULL,
    memory_mib BIGINT      NOT NULL,
    gpus       INTEGER     NOT NULL
);

CREATE TABLE k8s_project_member (
    project_id VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (project_id, user_id)
);

-- A build's request, kept until the queue admits it and the effector creates its pod.
CREATE TABLE k8s_build (
    build_id VARCHAR(64) NOT NULL PRIMARY KEY,
    request  TEXT        NOT NULL
);

-- An application's spec, kept to start it again after a stop or on a restart.
CREATE TABLE k8s_application (
    application_id VARCHAR(64) NOT NULL PRIMARY KEY,
    spec           TEXT        NOT NULL
);
