-- Command-side lookup tables for models: names unique in their project (whatever the case), and the versions
-- deployments may run. Written by subscribing handlers in the command's transaction.
CREATE TABLE model_entry (
    model_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    project_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(400) NOT NULL,
    name_key   VARCHAR(400) NOT NULL,
    UNIQUE (project_id, name_key)
);

CREATE TABLE model_version_entry (
    model_id VARCHAR(64)  NOT NULL,
    number   INTEGER      NOT NULL,
    build_id VARCHAR(64)  NOT NULL,
    image    VARCHAR(600) NOT NULL,
    digest   VARCHAR(80)  NOT NULL,
    PRIMARY KEY (model_id, number)
);
