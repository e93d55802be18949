-- Test-only (DevSeedMigrationTest): the next versioned migration, written after databases already hold the dev seed.
-- It reads the seed, so it also shows that the seed is in place and usable by later migrations.
CREATE TABLE seed_check (code VARCHAR(32) PRIMARY KEY);
INSERT INTO seed_check (code) SELECT code FROM entity;
