-- Passwords and one-time password links: hashes only, kept here on the command side and never in events.
CREATE TABLE user_password (
    user_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    set_at        TIMESTAMPTZ  NOT NULL
);

CREATE TABLE password_link (
    link_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    token_hash VARCHAR(128) NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ  NOT NULL,
    used_at    TIMESTAMPTZ
);
