-- The pickers find a body by a part of its name or code among all 140,000 bodies of the country, and the import
-- finds it by a printed name that contains its name. Each of the three alternatives has its index, in the form the
-- query writes it (AgencyRepository.named): the administrator's search read every name, 0.33–0.45 s on the national
-- data set (docs/BENCHMARKS.md). pg_trgm ships with PostgreSQL and the database's owner may create it; where a
-- server lacks it, the search stays correct and reads every name for "contains".
-- [jooq ignore start]
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
    RAISE NOTICE 'pg_trgm is not available (%): the body search reads every name', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX agency_name_trigrams ON agency USING gin (replace(name, ' ', '') gin_trgm_ops);
    END IF;
END
$$;

-- the name without the suffix of its kind, found among the parts of a printed name
CREATE INDEX agency_name_without_kind ON agency
    (regexp_replace(replace(name, ' ', ''), '^(..+)(管理委员会|人民政府|办事处|管委会)$', '\1', 'g'));
CREATE INDEX agency_code_prefix ON agency (lower(code) text_pattern_ops);
-- [jooq ignore stop]
