-- Audit rows the application cannot rewrite. A PENDING audit_record may be completed once (outcome and the columns
-- that describe the outcome); every other UPDATE, every DELETE and TRUNCATE is refused. Only the identity columns are
-- compared, so that a column added later (e.g. a reason set on completion) does not break completion.
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'audit_record is append-only: DELETE of row % refused', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.outcome = 'PENDING' AND NEW.outcome <> 'PENDING'
            AND NEW.id = OLD.id
            AND NEW.timestamp IS NOT DISTINCT FROM OLD.timestamp
            AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id
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

CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();

CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();
CREATE TRIGGER admin_audit_append_only BEFORE UPDATE OR DELETE ON admin_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_rewrite();
