-- The poller of GeefPersoonMutatiesNotificaties (issue #15, 1c). A notification names the person and what changed,
-- not the new data; the gateway does not fetch personal data nobody asked for, so such a mutation carries none.
ALTER TABLE mutation ALTER COLUMN data DROP NOT NULL;

-- The poller's place in MAGDA's stream: the Ontvangstreferte to send with the next question. One row, updated in the
-- transaction that stores the page it acknowledges, under an advisory lock so that one replica polls at a time.
CREATE TABLE mutation_poll (
    id                    SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    -- NULL before the first page: the question then carries no Ontvangstreferte.
    receipt_reference     VARCHAR(36),
    -- The MAGDA reference (audit_record.magda_reference) of the page that set receipt_reference.
    magda_reference       VARCHAR(36),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
INSERT INTO mutation_poll (id) VALUES (1);
