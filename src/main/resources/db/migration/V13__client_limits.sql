-- Fair share per calling application: a client's own limits (requests per second with a burst, concurrent MAGDA
-- calls). Clients without a row get the configured default (gateway.rate-limit.*). Enforced per replica, in memory.
CREATE TABLE client_limit (
    client_id            VARCHAR(200) PRIMARY KEY,
    requests_per_second  INTEGER      NOT NULL CHECK (requests_per_second > 0),
    burst                INTEGER      NOT NULL CHECK (burst > 0),
    concurrent_calls     INTEGER      NOT NULL CHECK (concurrent_calls > 0),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by           VARCHAR(200) NOT NULL
);
