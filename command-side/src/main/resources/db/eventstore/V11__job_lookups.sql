-- Command-side lookup tables for jobs, written by subscribing handlers in the command's transaction: each project's
-- jobs and their dependencies (unique names, no cycles), and the runs of each job that are still active.
CREATE TABLE job_node (
    job_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    project_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(400) NOT NULL,
    name_key   VARCHAR(400) NOT NULL
);
CREATE UNIQUE INDEX job_node_name ON job_node (project_id, name_key);

CREATE TABLE job_edge (
    job_id        VARCHAR(64) NOT NULL,
    parent_job_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (job_id, parent_job_id)
);
CREATE INDEX job_edge_parent ON job_edge (parent_job_id);

-- one row per project, locked while a command checks that project's dependencies, so that two changes racing to
-- close a cycle take turns
CREATE TABLE job_graph_lock (
    project_id VARCHAR(64) NOT NULL PRIMARY KEY
);

-- stopping: the run was asked to stop and no longer holds quota
CREATE TABLE job_run_active (
    run_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    job_id     VARCHAR(64) NOT NULL,
    cpu_millis BIGINT      NOT NULL,
    memory_mib BIGINT      NOT NULL,
    gpus       INTEGER     NOT NULL,
    stopping   BOOLEAN     NOT NULL
);
CREATE INDEX job_run_active_job ON job_run_active (job_id);
