-- Dev/test seed only (quarkus.flyway.locations adds db/dev in those profiles): example entities and grants.
-- Repeatable and idempotent: Flyway runs it after every versioned migration, so new migrations are never blocked by
-- it, and it runs again (without duplicating anything) whenever this file changes.
INSERT INTO entity (code, name, kind, ksz_lookup) VALUES
    ('DWSE', 'Departement Werk en Sociale Economie', 'DEPARTMENT', true),
    ('AGII', 'Agentschap Integratie en Inburgering (no KSZ link)', 'AGENCY', false),
    ('VUTG', 'Agentschap Uitbetaling Groeipakket', 'AGENCY', false),
    ('KAB-WERK', 'Kabinet van de Vlaamse minister van Werk', 'CABINET', true),
    ('DEPT-ONGEKOPPELD', 'Departement zonder toekenning voor hr-app', 'DEPARTMENT', true),
    ('OMG', 'Departement Omgeving (a second employer, for the README''s link lifecycle)', 'DEPARTMENT', true)
ON CONFLICT (code) DO NOTHING;

-- The dev token's client (dev/token.sh) may act for all but the last; the refusals show each error code.
INSERT INTO client_grant (client_id, entity_code) VALUES
    ('hr-app', 'DWSE'),
    ('hr-app', 'AGII'),
    ('hr-app', 'VUTG'),
    ('hr-app', 'KAB-WERK'),
    ('hr-app', 'OMG')
ON CONFLICT (client_id, entity_code) DO NOTHING;

-- Every lookup persona the README names is an employee of DWSE, so that its curl lines keep working with the employee rule on
-- (GATEWAY_REQUIRE_LINK=true). The registration personas are left out: registering them is how one links them.
INSERT INTO person_link (entity_code, insz, relation, start_date, created_by_client) VALUES
    ('DWSE', '00600009563', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '74723142524', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '75060178922', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '76691215710', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510173', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510272', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510371', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510470', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510569', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77661510668', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '77670700132', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '78631410106', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '78632212335', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '79641111117', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '79690991782', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '80091023445', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '81610150937', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '81631420166', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '81631420364', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '82032034522', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '82620281520', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '82650941141', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '82650941339', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '83112545632', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '83691540711', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '84073056755', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '84680871326', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '84712312588', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '84712312786', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '85611512387', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '86441720145', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '86651732370', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '88631210182', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '89630322159', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '90720345605', 'EMPLOYEE', '2020-01-01', 'dev-seed'),
    ('DWSE', '92711740460', 'EMPLOYEE', '2020-01-01', 'dev-seed')
ON CONFLICT (entity_code, insz) DO NOTHING;
