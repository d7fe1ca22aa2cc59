-- Runs once, when the data volume is first initialised, in the POSTGRES_DB database.
-- `protegrt migrate` creates them too (IF NOT EXISTS); here they are ready for manual use.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
