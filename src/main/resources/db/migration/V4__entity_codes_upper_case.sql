-- Entity codes are case-insensitive: stored trimmed and upper-case, so that "vutg", "Vutg" and " VUTG " can never be
-- a second, unexcluded VUTG. Existing spellings are merged into their upper-case code (the stricter settings win).
INSERT INTO entity (code, name, kind, ksz_lookup)
SELECT upper(btrim(code)), min(name), CASE WHEN bool_or(kind = 'CABINET') THEN 'CABINET' ELSE min(kind) END,
       bool_and(ksz_lookup)
FROM entity WHERE code <> upper(btrim(code))
GROUP BY upper(btrim(code))
ON CONFLICT (code) DO UPDATE SET
    kind = CASE WHEN entity.kind = 'CABINET' OR EXCLUDED.kind = 'CABINET' THEN 'CABINET' ELSE entity.kind END,
    ksz_lookup = entity.ksz_lookup AND EXCLUDED.ksz_lookup;

INSERT INTO client_grant (client_id, entity_code, granted_at)
SELECT client_id, upper(btrim(entity_code)), min(granted_at) FROM client_grant
WHERE entity_code <> upper(btrim(entity_code))
GROUP BY client_id, upper(btrim(entity_code))
ON CONFLICT (client_id, entity_code) DO NOTHING;

-- Cascades to the grants under the old spellings, which now exist under the upper-case code.
DELETE FROM entity WHERE code <> upper(btrim(code));

-- VUTG has no legal authorization for KSZ data: it can never be stored as consultable.
UPDATE entity SET ksz_lookup = false WHERE code = 'VUTG';

ALTER TABLE entity ADD CONSTRAINT entity_code_upper_case CHECK (code = upper(btrim(code)) AND code <> '');
ALTER TABLE entity ADD CONSTRAINT entity_vutg_never_consultable CHECK (code <> 'VUTG' OR NOT ksz_lookup);
ALTER TABLE client_grant ADD CONSTRAINT client_grant_entity_code_upper_case
    CHECK (entity_code = upper(btrim(entity_code)));
