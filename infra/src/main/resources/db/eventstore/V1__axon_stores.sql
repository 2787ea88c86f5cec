-- Axon Framework 4 JDBC stores (events, snapshots, tokens, sagas, dead letters) in schema eventstore.
-- Same tables, columns, types and nullability as Axon's own createSchema(...) for PostgreSQL
-- (checked by AxonSchemaParityTest).
CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalindex),
    UNIQUE (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateidentifier, sequencenumber),
    UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorname, segment)
);

CREATE TABLE sagaentry (
    sagaid         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagatype       VARCHAR(255),
    serializedsaga BYTEA,
    PRIMARY KEY (sagaid)
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL    NOT NULL,
    associationkey   VARCHAR(255),
    associationvalue VARCHAR(255),
    sagatype         VARCHAR(255),
    sagaid           VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX associationvalueentry_stv ON associationvalueentry (sagatype, associationkey, associationvalue);
CREATE INDEX associationvalueentry_sid ON associationvalueentry (sagaid, sagatype);

CREATE TABLE deadletterentry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    PRIMARY KEY (dead_letter_id)
);
CREATE INDEX deadletterentry_pg ON deadletterentry (processing_group);
CREATE INDEX deadletterentry_pg_sid ON deadletterentry (processing_group, sequence_identifier);
CREATE UNIQUE INDEX deadletterentry_pg_sid_idx ON deadletterentry (processing_group, sequence_identifier, sequence_index);

-- The stored events as people read them: JSON instead of bytes.
CREATE VIEW events AS
SELECT globalindex                              AS position,
       aggregateidentifier                      AS aggregate_id,
       type                                     AS aggregate_type,
       sequencenumber                           AS sequence_number,
       payloadtype                              AS event_type,
       payloadrevision                          AS revision,
       timestamp                                AS occurred_at,
       convert_from(payload, 'UTF8')::jsonb     AS payload,
       convert_from(metadata, 'UTF8')::jsonb    AS metadata
FROM domainevententry;
