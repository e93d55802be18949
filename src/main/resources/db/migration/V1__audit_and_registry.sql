-- Entities on whose behalf lookups are made, and which calling applications may act for them.
CREATE TABLE entity (
    code        VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('DEPARTMENT', 'AGENCY', 'CABINET')),
    ksz_lookup  BOOLEAN      NOT NULL
);

CREATE TABLE client_grant (
    client_id   VARCHAR(200) NOT NULL,
    entity_code VARCHAR(32)  NOT NULL REFERENCES entity (code) ON DELETE CASCADE,
    granted_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, entity_code)
);

-- One row per person-data or registration call: written as PENDING before MAGDA is called, completed after.
CREATE TABLE audit_record (
    id               BIGSERIAL    PRIMARY KEY,
    timestamp        TIMESTAMPTZ  NOT NULL,
    client_id        VARCHAR(200) NOT NULL,
    entity           VARCHAR(32),
    service          VARCHAR(64)  NOT NULL,
    insz             VARCHAR(11)  NOT NULL,
    outcome          VARCHAR(16)  NOT NULL,
    http_status      INTEGER,
    magda_reference  VARCHAR(64),
    request_id       VARCHAR(64)  NOT NULL,
    duration_ms      BIGINT
);

CREATE INDEX audit_record_timestamp_idx ON audit_record (timestamp DESC);
CREATE INDEX audit_record_insz_idx ON audit_record (insz, timestamp DESC);
CREATE INDEX audit_record_pending_idx ON audit_record (outcome) WHERE outcome = 'PENDING';
