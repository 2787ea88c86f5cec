-- Webhook subscriptions and gRPC integrations as the API lists them. Written only by their projectors; rebuilt by
-- replay. Each scope row is one project id or event/command type a subscription or integration names ('*': all).
CREATE TABLE readmodel.webhook (
    webhook_id         UUID                     NOT NULL PRIMARY KEY,
    url                VARCHAR(2048)            NOT NULL,
    secret_fingerprint VARCHAR(16)              NOT NULL,
    created_by         VARCHAR(200)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted            BOOLEAN                  NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE TABLE readmodel.webhook_scope (
    webhook_id UUID         NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    value      VARCHAR(100) NOT NULL,
    PRIMARY KEY (webhook_id, kind, value)
);

CREATE TABLE readmodel.integration (
    integration_id UUID                     NOT NULL PRIMARY KEY,
    name           VARCHAR(64)              NOT NULL UNIQUE,
    revoked        BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL
);

CREATE TABLE readmodel.integration_scope (
    integration_id UUID         NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    value          VARCHAR(100) NOT NULL,
    PRIMARY KEY (integration_id, kind, value)
);
