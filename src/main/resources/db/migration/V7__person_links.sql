-- Who may see whom: one link per (entity, INSZ), and what the gateway knows of the person's MAGDA registration.
-- All entities share one MAGDA identity, so the registration is per INSZ and follows the links of every entity.
CREATE TABLE person_link (
    id                     BIGSERIAL    PRIMARY KEY,
    entity_code            VARCHAR(32)  NOT NULL REFERENCES entity (code),
    insz                   VARCHAR(11)  NOT NULL CHECK (insz ~ '^[0-9]{11}$'),
    relation               VARCHAR(16)  NOT NULL CHECK (relation IN ('EMPLOYEE', 'NON_EMPLOYEE')),
    -- May lie in the future: an appointment counts as "out of service" until that day, inside the flow.
    start_date             DATE         NOT NULL,
    -- The effective date of the termination, null while the link is active.
    end_date               DATE,
    -- End of the two-year tail after end_date, during which mutations keep flowing and a re-hire restores the link.
    tail_end               DATE,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by_client      VARCHAR(200) NOT NULL,
    created_by_end_user    VARCHAR(128),
    ended_at               TIMESTAMPTZ,
    ended_by_client        VARCHAR(200),
    ended_by_end_user      VARCHAR(128),
    -- MAGDA references of the RegistreerInschrijving / RegistreerUitschrijving calls this link caused.
    registration_reference   VARCHAR(64),
    deregistration_reference VARCHAR(64),
    UNIQUE (entity_code, insz),
    CHECK (end_date IS NULL OR tail_end IS NOT NULL)
);

CREATE INDEX person_link_insz_idx ON person_link (insz);

CREATE TABLE magda_registration (
    insz             VARCHAR(11)  PRIMARY KEY CHECK (insz ~ '^[0-9]{11}$'),
    registered       BOOLEAN      NOT NULL,
    -- Null while registered without end; the end MAGDA was given otherwise.
    end_date         DATE,
    magda_reference  VARCHAR(64),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
