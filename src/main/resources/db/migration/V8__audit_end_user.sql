-- The person at the keyboard (X-End-User), beside the calling application, on every audit row that names one.
ALTER TABLE audit_record ADD COLUMN end_user VARCHAR(128);

CREATE INDEX audit_record_end_user_idx ON audit_record (end_user, timestamp DESC) WHERE end_user IS NOT NULL;

-- The end user is part of who asked about whom: completing a row cannot change it (see V6).
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
            AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: only a PENDING row may be completed, once (row %)', OLD.id
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
