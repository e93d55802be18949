-- Bulk consultation (issue #16): a batch and its items, durable so that a restart resumes where it stopped and
-- several replicas share the work (items are claimed with FOR UPDATE SKIP LOCKED).
CREATE TABLE batch (
    id            UUID         PRIMARY KEY,
    client_id     VARCHAR(200) NOT NULL,
    entity        VARCHAR(32)  NOT NULL,
    end_user      VARCHAR(128),
    request_id    VARCHAR(64)  NOT NULL,
    service       VARCHAR(32)  NOT NULL,
    params        JSONB        NOT NULL DEFAULT '{}',
    state         VARCHAR(16)  NOT NULL,
    total         INTEGER      NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    -- MAGDA busy or a breaker open: no item of this batch is claimed before this instant.
    paused_until  TIMESTAMPTZ,
    pauses        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT batch_state_check CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED'))
);

CREATE INDEX batch_owner_idx ON batch (client_id, entity, created_at DESC);
CREATE INDEX batch_active_idx ON batch (created_at) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX batch_finished_idx ON batch (finished_at) WHERE finished_at IS NOT NULL;

CREATE TABLE batch_item (
    batch_id     UUID         NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    insz         VARCHAR(32)  NOT NULL,
    -- PENDING: waiting; CLAIMED: in flight at claimed_by; DONE: final result kept; CANCELLED: never sent.
    state        VARCHAR(16)  NOT NULL,
    outcome      VARCHAR(32),
    http_status  INTEGER,
    result       JSONB,
    claimed_by   VARCHAR(64),
    claimed_at   TIMESTAMPTZ,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    finished_at  TIMESTAMPTZ,
    PRIMARY KEY (batch_id, seq),
    CONSTRAINT batch_item_state_check CHECK (state IN ('PENDING', 'CLAIMED', 'DONE', 'CANCELLED'))
);

CREATE INDEX batch_item_pending_idx ON batch_item (batch_id, seq) WHERE state = 'PENDING';
CREATE INDEX batch_item_claimed_idx ON batch_item (claimed_at) WHERE state = 'CLAIMED';

-- Each audited call of a batch item names its batch.
ALTER TABLE audit_record ADD COLUMN batch_id UUID;
CREATE INDEX audit_record_batch_idx ON audit_record (batch_id) WHERE batch_id IS NOT NULL;

-- The batch is part of who asked about whom: completing a row cannot change it (see V6, V8).
CREATE OR REPLACE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_record is append-only: DELETE of row % refused', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.outcome = 'PENDING' AND NEW.outcome <> 'PENDING'
            AND NEW.id = OLD.id
            AND NEW.timestamp IS NOT DISTINCT FROM OLD.timestamp
            AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id
            AND NEW.end_user IS NOT DISTINCT FROM OLD.end_user
            AND NEW.entity IS NOT DISTINCT FROM OLD.entity
            AND NEW.service IS NOT DISTINCT FROM OLD.service
            AND NEW.insz IS NOT DISTINCT FROM OLD.insz
            AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
            AND NEW.batch_id IS NOT DISTINCT FROM OLD.batch_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: only a PENDING row may be completed, once (row %)', OLD.id
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
