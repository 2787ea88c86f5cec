-- A job run's spec, kept to create the Job of each of its attempts until the run ends.
CREATE TABLE k8s_job_run (
    run_id VARCHAR(64) NOT NULL PRIMARY KEY,
    spec   TEXT        NOT NULL
);

-- A model deployment's current rollout (generation, primary version, canary) and the versions it keeps running.
CREATE TABLE k8s_model_deployment (
    deployment_id VARCHAR(64) NOT NULL PRIMARY KEY,
    spec          TEXT        NOT NULL
);
