-- Dev/test seed only (quarkus.flyway.locations adds db/dev in those profiles): example entities and grants.
-- Repeatable and idempotent: Flyway runs it after every versioned migration, so new migrations are never blocked by
-- it, and it runs again (without duplicating anything) whenever this file changes.
INSERT INTO entity (code, name, kind, ksz_lookup) VALUES
    ('DWSE', 'Departement Werk en Sociale Economie', 'DEPARTMENT', true),
    ('AGII', 'Agentschap Integratie en Inburgering (no KSZ link)', 'AGENCY', false),
    ('VUTG', 'Agentschap Uitbetaling Groeipakket', 'AGENCY', false),
    ('KAB-WERK', 'Kabinet van de Vlaamse minister van Werk', 'CABINET', true),
    ('DEPT-ONGEKOPPELD', 'Departement zonder toekenning voor hr-app', 'DEPARTMENT', true)
ON CONFLICT (code) DO NOTHING;

-- The dev token's client (dev/token.sh) may act for all but the last; the refusals show each error code.
INSERT INTO client_grant (client_id, entity_code) VALUES
    ('hr-app', 'DWSE'),
    ('hr-app', 'AGII'),
    ('hr-app', 'VUTG'),
    ('hr-app', 'KAB-WERK')
ON CONFLICT (client_id, entity_code) DO NOTHING;
