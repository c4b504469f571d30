-- The name without the suffix of its kind, stored: a printed name of 64 different characters has 2,016 parts to
-- look up, and the planner, expecting most names among them, read every name and ran V14's regular expression on
-- each — 0.7 s for the country, 49 s under load (docs/BENCHMARKS.md). Stored, the same scan compares text only, and
-- ANALYZE gives the planner the column's figures at once instead of at the next autovacuum.
-- [jooq ignore start]
ALTER TABLE agency ADD COLUMN name_without_kind text GENERATED ALWAYS AS
    (regexp_replace(replace(name, ' ', ''), '^(..+)(管理委员会|人民政府|办事处|管委会)$', '\1', 'g')) STORED;
DROP INDEX agency_name_without_kind;
CREATE INDEX agency_name_without_kind ON agency (name_without_kind);
ANALYZE agency;
-- [jooq ignore stop]
