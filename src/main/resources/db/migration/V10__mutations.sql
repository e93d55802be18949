-- MAGDA's mutation publications (issue #15), one row per imported Onderwerp. The id is the feed's cursor: imports
-- commit one at a time (advisory lock), so ids become visible in the order they were given out.
CREATE TABLE mutation (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSON', 'HOUSEHOLD')),
    -- MAGDA's Onderwerp/Referte: importing the same Onderwerp twice adds nothing.
    referte         VARCHAR(36)  NOT NULL,
    insz            VARCHAR(11)  NOT NULL CHECK (insz ~ '^[0-9]{11}$'),
    -- Set when the change replaced the person's number: the number that no longer applies.
    cancelled_insz  VARCHAR(11)  CHECK (cancelled_insz ~ '^[0-9]{11}$'),
    -- MutatieInformatie/Tijdstip and Reden as MAGDA gave them.
    magda_time      TIMESTAMPTZ  NOT NULL,
    reason          VARCHAR(4000),
    -- The contract fields that changed, when MAGDA's reason or the previous mutation of the person tells it.
    changed_fields  TEXT[],
    -- The gateway's own Person or Household JSON.
    data            JSONB        NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- Where it came from: POST (request id), inbox (file name) or poller (receipt reference).
    source          VARCHAR(300) NOT NULL,
    UNIQUE (kind, referte)
);

CREATE INDEX mutation_insz_idx ON mutation (insz, id);
CREATE INDEX mutation_cancelled_insz_idx ON mutation (cancelled_insz, id) WHERE cancelled_insz IS NOT NULL;
CREATE INDEX mutation_received_at_idx ON mutation (received_at);
