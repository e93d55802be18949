-- The trail of the powerful: every administrative change and every search of the audit log, append-only (V6).
CREATE TABLE admin_audit (
    id           BIGSERIAL    PRIMARY KEY,
    timestamp    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    client_id    VARCHAR(200) NOT NULL,
    end_user     VARCHAR(128),
    action       VARCHAR(32)  NOT NULL,
    target       VARCHAR(1000) NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    request_id   VARCHAR(64)
);

CREATE INDEX admin_audit_timestamp_idx ON admin_audit (timestamp DESC, id DESC);
