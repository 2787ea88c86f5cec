-- The effectors' secret store: values sealed with AES-256-GCM (nonce first), under the references that commands and
-- events carry instead of them; owner_id names the workload they belong to.
CREATE TABLE secret_value (
    reference  VARCHAR(64)              NOT NULL PRIMARY KEY,
    owner_id   VARCHAR(64)              NOT NULL,
    sealed     BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX secret_value_owner ON secret_value (owner_id);
