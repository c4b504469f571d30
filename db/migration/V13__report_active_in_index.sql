-- The findings of a region keep only those of each body-year's active version: with the active version in the index
-- that check is an index-only probe per finding instead of a read of the report's row (the nation's 31,796 findings
-- were counted in 0.96 s, now 0.43 s; docs/BENCHMARKS.md).
DROP INDEX report_year_agency;
CREATE INDEX report_year_agency ON report (year, agency_id) INCLUDE (active_version_id);
