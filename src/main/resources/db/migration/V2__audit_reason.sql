-- Why a call ended as it did, where the outcome alone does not say it (e.g. ANSWER_MISMATCH: MAGDA answered
-- another question than the one asked).
ALTER TABLE audit_record ADD COLUMN reason VARCHAR(200);
