-- Command-side lookup tables for rules that span aggregates. Written in the same transaction as the events that
-- change them, so a unique key here refuses a racing duplicate together with its events.
CREATE TABLE user_directory (
    user_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    username_key VARCHAR(64) NOT NULL UNIQUE
);

CREATE TABLE project_name (
    owner_id   VARCHAR(64)  NOT NULL,
    name_key   VARCHAR(512) NOT NULL,
    project_id VARCHAR(64)  NOT NULL UNIQUE,
    PRIMARY KEY (owner_id, name_key)
);
