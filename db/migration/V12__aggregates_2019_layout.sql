-- The pre-aggregated figures of V10, corrected and extended (issue 15):
--
-- 1. 表三 of the 2019 layout (（六）其他处理 printed as one row, other_unsplit, instead of the three rows of 2021) counts
--    as printed in full when that row and the 22 rows outside （六） are, and none of the three split rows is printed.
--    "In full" (state 2) is now: every row outside （六） printed in full, and （六） printed in full in exactly one of the
--    two layouts. A report printing both layouts of （六） has state 1 (its figures are read from the raw tables).
--    With that, the sums over the bodies in full (the *_clean columns) give exactly the raw tables' value of every
--    metric whose first layout reads no （六） row (each such body prints it in full), and of a metric whose two
--    layouts are the split rows and the one row (each such body prints exactly one of them, the other adds 0) —
--    which metrics those are is decided in RegionSums; any other metric is read from the raw tables.
-- 2. For the completeness matrix by sub-region: per body-year whether the active version has a publication date, and
--    per region-year the bodies on time among those expected and the reports without a publication date.
-- 3. The three tables' sums are kept by one function (analytics_table_sql) instead of three copies of each statement.

ALTER TABLE analytics_body_year ADD COLUMN published boolean NOT NULL DEFAULT false;
ALTER TABLE analytics_region_year ADD COLUMN on_time_expected integer NOT NULL DEFAULT 0;
ALTER TABLE analytics_region_year ADD COLUMN publication_unknown integer NOT NULL DEFAULT 0;

-- [jooq ignore start]
CREATE OR REPLACE VIEW analytics_active_fact AS
SELECT r.agency_id, r.year, r.active_version_id AS version_id, a.kind,
       EXISTS (SELECT 1 FROM agency_reporting_period p
                WHERE p.agency_id = r.agency_id AND p.first_year <= r.year
                  AND (p.last_year IS NULL OR p.last_year >= r.year)) AS expected,
       coalesce(extract(year FROM v.published_on) <= r.year
                OR (extract(year FROM v.published_on) = r.year + 1 AND extract(month FROM v.published_on)
                    <= CASE WHEN a.kind = 'PEOPLES_GOVERNMENT' THEN 3 ELSE 1 END), false) AS on_time,
       (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN count(*) FILTER (WHERE CASE WHEN x.row_code IN ('regulations', 'normative_documents') THEN x.issued IS NOT NULL AND x.repealed IS NOT NULL AND x.in_force IS NOT NULL WHEN x.row_code = 'fees' THEN x.amount_wan_yuan IS NOT NULL ELSE x.decisions IS NOT NULL END) = 6 THEN 2 ELSE 1 END
          FROM proactive_row x WHERE x.version_id = r.active_version_id)::smallint AS proactive,
       (SELECT CASE WHEN count(*) = 0 THEN 0
                    WHEN count(*) FILTER (WHERE x.full AND x.part = 'outside') = 22
                         AND ((count(*) FILTER (WHERE x.full AND x.part = 'split') = 3
                               AND count(*) FILTER (WHERE x.part = 'unsplit') = 0)
                           OR (count(*) FILTER (WHERE x.full AND x.part = 'unsplit') = 1
                               AND count(*) FILTER (WHERE x.part = 'split') = 0)) THEN 2
                    ELSE 1 END
          FROM (SELECT CASE WHEN y.row_code = 'other_unsplit' THEN 'unsplit'
                            WHEN y.row_code IN ('other_no_correction', 'other_fee_unpaid', 'other_other') THEN 'split'
                            ELSE 'outside' END AS part,
                       y.natural_person IS NOT NULL AND y.commercial IS NOT NULL AND y.research IS NOT NULL
                           AND y.public_interest IS NOT NULL AND y.legal_services IS NOT NULL AND y.other IS NOT NULL
                           AND y.total IS NOT NULL AS full
                  FROM request_row y WHERE y.version_id = r.active_version_id) x)::smallint AS requests,
       (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN count(*) FILTER (WHERE x.upheld IS NOT NULL AND x.corrected IS NOT NULL AND x.other IS NOT NULL AND x.pending IS NOT NULL AND x.total IS NOT NULL) = 3 THEN 2 ELSE 1 END
          FROM review_row x WHERE x.version_id = r.active_version_id)::smallint AS reviews,
       v.published_on IS NOT NULL AS published
  FROM report r
  JOIN agency a ON a.id = r.agency_id
  JOIN report_version v ON v.id = r.active_version_id;

DROP FUNCTION analytics_apply(analytics_delta[]);
DROP TYPE analytics_delta;
CREATE TYPE analytics_delta AS (region_id bigint, year smallint, version_id bigint, kind agency_kind, expected boolean,
    on_time boolean, proactive smallint, requests smallint, reviews smallint, published boolean, sign integer);

-- The statement that sums one row table (proactive_row, request_row, review_row) into its analytics_region_* table:
-- per cell the sum of the printed numbers, how many bodies printed it, and the sum over the bodies that printed the
-- whole table ({state} = 2). The cells are the sums table's columns without a _printed or _clean suffix.
-- mode 'apply': add the deltas ($1, analytics_delta[]), region rows in a fixed order so that concurrent imports wait
-- for each other instead of deadlocking. mode 'rebuild': every counted body-year, summed per parent first and then
-- spread over the parent's ancestors (itself included), so that the rows are joined with the closure once per parent.
CREATE FUNCTION analytics_table_sql(sums regclass, source regclass, state text, mode text)
    RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    cells text[];
    keys CONSTANT text := 'region_id, year, kind, row_code';
BEGIN
    SELECT array_agg(attname::text ORDER BY attnum) INTO cells
      FROM pg_attribute
     WHERE attrelid = sums AND attnum > 0 AND NOT attisdropped
       AND attname NOT IN ('region_id', 'year', 'kind', 'row_code', 'bodies') AND attname !~ '_(printed|clean)$';
    IF mode = 'apply' THEN
        RETURN format('INSERT INTO %s AS t (%s, bodies, %s) '
                   || 'SELECT d.region_id, d.year, d.kind, x.row_code, sum(d.sign), %s '
                   || 'FROM unnest($1) d JOIN %s x ON x.version_id = d.version_id '
                   || 'GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 '
                   || 'ON CONFLICT (%s) DO UPDATE SET bodies = t.bodies + excluded.bodies, %s',
            sums, keys,
            (SELECT string_agg(format('%1$s, %1$s_printed, %1$s_clean', c), ', ') FROM unnest(cells) c),
            (SELECT string_agg(format('sum(d.sign * coalesce(x.%1$s, 0)), sum(d.sign * (x.%1$s IS NOT NULL)::int), '
                                   || 'coalesce(sum(d.sign * coalesce(x.%1$s, 0)) FILTER (WHERE d.%2$s = 2), 0)',
                                      c, state), ', ') FROM unnest(cells) c),
            source, keys,
            (SELECT string_agg(format('%1$s = t.%1$s + excluded.%1$s, %1$s_printed = t.%1$s_printed + '
                                   || 'excluded.%1$s_printed, %1$s_clean = t.%1$s_clean + excluded.%1$s_clean', c),
                               ', ') FROM unnest(cells) c));
    END IF;
    RETURN format('INSERT INTO %s (%s, bodies, %s) '
               || 'SELECT c.ancestor_id, s.year, s.kind, s.row_code, sum(s.bodies), %s '
               || 'FROM (SELECT b.parent_id, f.year, f.kind, x.row_code, count(*) AS bodies, %s '
               || 'FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id '
               || 'JOIN %s x ON x.version_id = f.version_id WHERE b.parent_id IS NOT NULL '
               || 'GROUP BY b.parent_id, f.year, f.kind, x.row_code) s '
               || 'JOIN agency_closure c ON c.descendant_id = s.parent_id '
               || 'GROUP BY c.ancestor_id, s.year, s.kind, s.row_code',
        sums, keys,
        (SELECT string_agg(format('%1$s, %1$s_printed, %1$s_clean', c), ', ') FROM unnest(cells) c),
        (SELECT string_agg(format('sum(s.%1$s), sum(s.%1$s_printed), sum(s.%1$s_clean)', c), ', ')
           FROM unnest(cells) c),
        (SELECT string_agg(format('sum(coalesce(x.%1$s, 0)) AS %1$s, count(x.%1$s) AS %1$s_printed, '
                               || 'coalesce(sum(x.%1$s) FILTER (WHERE f.%2$s = 2), 0) AS %1$s_clean', c, state), ', ')
           FROM unnest(cells) c),
        source);
END;
$$;

-- Adds (sign 1) or takes away (sign -1) body-years from regions, rows in a fixed order (region, year, kind, row).
CREATE FUNCTION analytics_apply(deltas analytics_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_region_year AS t (region_id, year, kind, reported, reported_expected, on_time, proactive,
                                            proactive_clean, requests, requests_clean, reviews, reviews_clean,
                                            on_time_expected, publication_unknown)
    SELECT region_id, year, kind, sum(sign), coalesce(sum(sign) FILTER (WHERE expected), 0),
           coalesce(sum(sign) FILTER (WHERE on_time), 0),
           coalesce(sum(sign) FILTER (WHERE proactive > 0), 0), coalesce(sum(sign) FILTER (WHERE proactive = 2), 0),
           coalesce(sum(sign) FILTER (WHERE requests > 0), 0), coalesce(sum(sign) FILTER (WHERE requests = 2), 0),
           coalesce(sum(sign) FILTER (WHERE reviews > 0), 0), coalesce(sum(sign) FILTER (WHERE reviews = 2), 0),
           coalesce(sum(sign) FILTER (WHERE on_time AND expected), 0),
           coalesce(sum(sign) FILTER (WHERE NOT published), 0)
      FROM unnest(deltas) GROUP BY region_id, year, kind ORDER BY region_id, year, kind
    ON CONFLICT (region_id, year, kind) DO UPDATE SET reported = t.reported + excluded.reported,
        reported_expected = t.reported_expected + excluded.reported_expected, on_time = t.on_time + excluded.on_time,
        proactive = t.proactive + excluded.proactive, proactive_clean = t.proactive_clean + excluded.proactive_clean,
        requests = t.requests + excluded.requests, requests_clean = t.requests_clean + excluded.requests_clean,
        reviews = t.reviews + excluded.reviews, reviews_clean = t.reviews_clean + excluded.reviews_clean,
        on_time_expected = t.on_time_expected + excluded.on_time_expected,
        publication_unknown = t.publication_unknown + excluded.publication_unknown;
    EXECUTE analytics_table_sql('analytics_region_proactive', 'proactive_row', 'proactive', 'apply') USING deltas;
    EXECUTE analytics_table_sql('analytics_region_requests', 'request_row', 'requests', 'apply') USING deltas;
    EXECUTE analytics_table_sql('analytics_region_reviews', 'review_row', 'reviews', 'apply') USING deltas;
END;
$$;

CREATE OR REPLACE FUNCTION analytics_sync(p_agency bigint, p_year smallint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    deltas analytics_delta[];
BEGIN
    IF EXISTS (SELECT 1 FROM analytics_body_year f JOIN report r ON r.agency_id = f.agency_id AND r.year = f.year
                WHERE f.agency_id = p_agency AND f.year = p_year AND f.version_id = r.active_version_id) THEN
        RETURN;
    END IF;
    SELECT array_agg(ROW(c.ancestor_id, f.year, f.version_id, f.kind, f.expected, f.on_time, f.proactive, f.requests,
                         f.reviews, f.published, f.sign)::analytics_delta)
      INTO deltas
      FROM (SELECT o.agency_id, o.year, o.version_id, o.kind, o.expected, o.on_time, o.proactive, o.requests,
                   o.reviews, o.published, -1 AS sign
              FROM analytics_body_year o WHERE o.agency_id = p_agency AND o.year = p_year
            UNION ALL
            SELECT n.agency_id, n.year, n.version_id, n.kind, n.expected, n.on_time, n.proactive, n.requests,
                   n.reviews, n.published, 1
              FROM analytics_active_fact n WHERE n.agency_id = p_agency AND n.year = p_year) f
      JOIN agency_closure c ON c.descendant_id = f.agency_id AND c.distance > 0;
    IF deltas IS NOT NULL THEN
        PERFORM analytics_apply(deltas);
    END IF;
    DELETE FROM analytics_body_year WHERE agency_id = p_agency AND year = p_year;
    INSERT INTO analytics_body_year (agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews,
                                     published)
    SELECT agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews, published
      FROM analytics_active_fact WHERE agency_id = p_agency AND year = p_year;
END;
$$;

CREATE OR REPLACE FUNCTION analytics_closure_shift(ancestors bigint[], descendants bigint[], sign integer)
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    deltas analytics_delta[];
BEGIN
    INSERT INTO analytics_region_body AS t (region_id, kind, bodies)
    SELECT p.ancestor_id, b.kind, sign * count(*)
      FROM unnest(ancestors, descendants) AS p (ancestor_id, descendant_id) JOIN agency b ON b.id = p.descendant_id
     GROUP BY p.ancestor_id, b.kind ORDER BY p.ancestor_id, b.kind
    ON CONFLICT (region_id, kind) DO UPDATE SET bodies = t.bodies + excluded.bodies;
    INSERT INTO analytics_region_period AS t (region_id, kind, year, change)
    SELECT p.ancestor_id, b.kind, ch.year, sign * sum(ch.change)
      FROM unnest(ancestors, descendants) AS p (ancestor_id, descendant_id)
      JOIN agency b ON b.id = p.descendant_id
      JOIN agency_reporting_period r ON r.agency_id = p.descendant_id
     CROSS JOIN LATERAL (VALUES (r.first_year, 1), ((r.last_year + 1)::smallint, -1)) AS ch (year, change)
     WHERE ch.year IS NOT NULL
     GROUP BY p.ancestor_id, b.kind, ch.year ORDER BY p.ancestor_id, b.kind, ch.year
    ON CONFLICT (region_id, kind, year) DO UPDATE SET change = t.change + excluded.change;
    SELECT array_agg(ROW(p.ancestor_id, f.year, f.version_id, f.kind, f.expected, f.on_time, f.proactive, f.requests,
                         f.reviews, f.published, sign)::analytics_delta)
      INTO deltas
      FROM unnest(ancestors, descendants) AS p (ancestor_id, descendant_id)
      JOIN analytics_body_year f ON f.agency_id = p.descendant_id;
    IF deltas IS NOT NULL THEN
        PERFORM analytics_apply(deltas);
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION analytics_periods_shift(agencies bigint[], first_years smallint[], last_years smallint[],
                                                   sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    deltas analytics_delta[];
BEGIN
    INSERT INTO analytics_region_period AS t (region_id, kind, year, change)
    SELECT c.ancestor_id, b.kind, ch.year, sign * sum(ch.change)
      FROM unnest(agencies, first_years, last_years) AS p (agency_id, first_year, last_year)
      JOIN agency b ON b.id = p.agency_id
      JOIN agency_closure c ON c.descendant_id = p.agency_id AND c.distance > 0
     CROSS JOIN LATERAL (VALUES (p.first_year, 1), ((p.last_year + 1)::smallint, -1)) AS ch (year, change)
     WHERE ch.year IS NOT NULL
     GROUP BY c.ancestor_id, b.kind, ch.year ORDER BY c.ancestor_id, b.kind, ch.year
    ON CONFLICT (region_id, kind, year) DO UPDATE SET change = t.change + excluded.change;
    SELECT array_agg(ROW(c.ancestor_id, f.year, f.version_id, f.kind, f.expected, f.on_time, f.proactive, f.requests,
                         f.reviews, f.published, f.sign)::analytics_delta)
      INTO deltas
      FROM (SELECT o.agency_id, o.year, o.version_id, o.kind, s.expected, o.on_time, o.proactive, o.requests,
                   o.reviews, o.published, s.sign
              FROM analytics_body_year o
              JOIN analytics_active_fact n ON n.agency_id = o.agency_id AND n.year = o.year
             CROSS JOIN LATERAL (VALUES (o.expected, -1), (n.expected, 1)) AS s (expected, sign)
             WHERE o.agency_id = ANY (agencies) AND o.expected <> n.expected) f
      JOIN agency_closure c ON c.descendant_id = f.agency_id AND c.distance > 0;
    IF deltas IS NOT NULL THEN
        PERFORM analytics_apply(deltas);
    END IF;
    UPDATE analytics_body_year o SET expected = NOT o.expected
      FROM analytics_active_fact n
     WHERE n.agency_id = o.agency_id AND n.year = o.year AND o.agency_id = ANY (agencies)
       AND o.expected <> n.expected;
END;
$$;

-- Everything again from the raw tables, set-based: the backfill below, and after a bulk load by COPY. The national
-- data set's aggregation spilled 4 GB to disk with the default work_mem; this transaction may use more.
CREATE OR REPLACE FUNCTION analytics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('work_mem', '256MB', true);
    TRUNCATE analytics_body_year, analytics_region_year, analytics_region_period, analytics_region_body,
        analytics_region_proactive, analytics_region_requests, analytics_region_reviews;
    INSERT INTO analytics_body_year (agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews,
                                     published)
    SELECT agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews, published
      FROM analytics_active_fact;
    ANALYZE analytics_body_year;
    INSERT INTO analytics_region_body (region_id, kind, bodies)
    SELECT c.ancestor_id, b.kind, count(*)
      FROM agency_closure c JOIN agency b ON b.id = c.descendant_id
     WHERE c.distance > 0 GROUP BY c.ancestor_id, b.kind;
    INSERT INTO analytics_region_period (region_id, kind, year, change)
    SELECT c.ancestor_id, x.kind, x.year, sum(x.change)
      FROM (SELECT b.parent_id, b.kind, ch.year, sum(ch.change) AS change
              FROM agency_reporting_period r JOIN agency b ON b.id = r.agency_id
             CROSS JOIN LATERAL (VALUES (r.first_year, 1), ((r.last_year + 1)::smallint, -1)) AS ch (year, change)
             WHERE ch.year IS NOT NULL AND b.parent_id IS NOT NULL
             GROUP BY b.parent_id, b.kind, ch.year) x
      JOIN agency_closure c ON c.descendant_id = x.parent_id
     GROUP BY c.ancestor_id, x.kind, x.year;
    INSERT INTO analytics_region_year (region_id, year, kind, reported, reported_expected, on_time, proactive,
                                       proactive_clean, requests, requests_clean, reviews, reviews_clean,
                                       on_time_expected, publication_unknown)
    SELECT c.ancestor_id, x.year, x.kind, sum(x.reported), sum(x.reported_expected), sum(x.on_time),
           sum(x.proactive), sum(x.proactive_clean), sum(x.requests), sum(x.requests_clean), sum(x.reviews),
           sum(x.reviews_clean), sum(x.on_time_expected), sum(x.publication_unknown)
      FROM (SELECT b.parent_id, f.year, f.kind, count(*) AS reported,
                   count(*) FILTER (WHERE f.expected) AS reported_expected,
                   count(*) FILTER (WHERE f.on_time) AS on_time,
                   count(*) FILTER (WHERE f.proactive > 0) AS proactive,
                   count(*) FILTER (WHERE f.proactive = 2) AS proactive_clean,
                   count(*) FILTER (WHERE f.requests > 0) AS requests,
                   count(*) FILTER (WHERE f.requests = 2) AS requests_clean,
                   count(*) FILTER (WHERE f.reviews > 0) AS reviews,
                   count(*) FILTER (WHERE f.reviews = 2) AS reviews_clean,
                   count(*) FILTER (WHERE f.on_time AND f.expected) AS on_time_expected,
                   count(*) FILTER (WHERE NOT f.published) AS publication_unknown
              FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id
             WHERE b.parent_id IS NOT NULL
             GROUP BY b.parent_id, f.year, f.kind) x
      JOIN agency_closure c ON c.descendant_id = x.parent_id
     GROUP BY c.ancestor_id, x.year, x.kind;
    EXECUTE analytics_table_sql('analytics_region_proactive', 'proactive_row', 'proactive', 'rebuild');
    EXECUTE analytics_table_sql('analytics_region_requests', 'request_row', 'requests', 'rebuild');
    EXECUTE analytics_table_sql('analytics_region_reviews', 'review_row', 'reviews', 'rebuild');
    ANALYZE analytics_region_year;
    ANALYZE analytics_region_proactive;
    ANALYZE analytics_region_requests;
    ANALYZE analytics_region_reviews;
END;
$$;

-- the backfill: the 2019 layout's body-years now count as printed in full, so every sum is made again
SELECT analytics_rebuild();
-- [jooq ignore stop]
