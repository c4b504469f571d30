-- Pre-aggregated figures for large regions (issue 15): per body-year facts of the active version, and per region-year
-- sums over the closure table, kept current in the transaction of every change of an active version.
--
-- analytics_body_year: which version of a body's year is counted, with what decides its contribution (kind, expected
-- that year, on time, and per table 0 = not printed, 1 = printed with a blank cell, 2 = printed in full).
-- analytics_region_*: per region (every strict ancestor: distance > 0), year and body kind, the sums over the bodies
-- below it. Per cell: the sum of the printed numbers, how many bodies printed the cell, and the sum over the bodies
-- that printed the whole table (a metric of several cells is exact from those; the few bodies with a blank are read
-- from the raw tables). The region's own body is not in its rows: a region's figures cover the bodies under it.

CREATE TABLE analytics_body_year (
    agency_id  bigint      NOT NULL REFERENCES agency (id),
    year       smallint    NOT NULL,
    version_id bigint      NOT NULL REFERENCES report_version (id),
    kind       agency_kind NOT NULL,
    expected   boolean     NOT NULL,
    on_time    boolean     NOT NULL,
    proactive  smallint    NOT NULL,
    requests   smallint    NOT NULL,
    reviews    smallint    NOT NULL,
    CONSTRAINT analytics_body_year_pk PRIMARY KEY (agency_id, year),
    CONSTRAINT analytics_body_year_tables CHECK (proactive BETWEEN 0 AND 2 AND requests BETWEEN 0 AND 2
        AND reviews BETWEEN 0 AND 2)
);
-- the body-years whose blank cells keep them out of the whole-table sums
CREATE INDEX analytics_body_year_blank ON analytics_body_year (year, agency_id)
    WHERE proactive = 1 OR requests = 1 OR reviews = 1;

CREATE TABLE analytics_region_year (
    region_id         bigint      NOT NULL REFERENCES agency (id),
    year              smallint    NOT NULL,
    kind              agency_kind NOT NULL,
    reported          integer     NOT NULL,
    reported_expected integer     NOT NULL,
    on_time           integer     NOT NULL,
    proactive         integer     NOT NULL,
    proactive_clean   integer     NOT NULL,
    requests          integer     NOT NULL,
    requests_clean    integer     NOT NULL,
    reviews           integer     NOT NULL,
    reviews_clean     integer     NOT NULL,
    CONSTRAINT analytics_region_year_pk PRIMARY KEY (region_id, year, kind)
);

-- bodies expected per year = the sum of the changes up to that year (+1 where a reporting period starts, -1 after it ends)
CREATE TABLE analytics_region_period (
    region_id bigint      NOT NULL REFERENCES agency (id),
    kind      agency_kind NOT NULL,
    year      smallint    NOT NULL,
    change    integer     NOT NULL,
    CONSTRAINT analytics_region_period_pk PRIMARY KEY (region_id, kind, year)
);

CREATE TABLE analytics_region_body (
    region_id bigint      NOT NULL REFERENCES agency (id),
    kind      agency_kind NOT NULL,
    bodies    integer     NOT NULL,
    CONSTRAINT analytics_region_body_pk PRIMARY KEY (region_id, kind)
);

CREATE TABLE analytics_region_proactive (
    region_id bigint      NOT NULL REFERENCES agency (id),
    year      smallint    NOT NULL,
    kind      agency_kind NOT NULL,
    row_code  varchar(32) NOT NULL,
    bodies    integer     NOT NULL,
    issued numeric NOT NULL,
    issued_printed integer NOT NULL,
    issued_clean numeric NOT NULL,
    repealed numeric NOT NULL,
    repealed_printed integer NOT NULL,
    repealed_clean numeric NOT NULL,
    in_force numeric NOT NULL,
    in_force_printed integer NOT NULL,
    in_force_clean numeric NOT NULL,
    decisions numeric NOT NULL,
    decisions_printed integer NOT NULL,
    decisions_clean numeric NOT NULL,
    amount_wan_yuan numeric NOT NULL,
    amount_wan_yuan_printed integer NOT NULL,
    amount_wan_yuan_clean numeric NOT NULL,
    CONSTRAINT analytics_region_proactive_pk PRIMARY KEY (region_id, year, kind, row_code)
);

CREATE TABLE analytics_region_requests (
    region_id bigint      NOT NULL REFERENCES agency (id),
    year      smallint    NOT NULL,
    kind      agency_kind NOT NULL,
    row_code  varchar(32) NOT NULL,
    bodies    integer     NOT NULL,
    natural_person numeric NOT NULL,
    natural_person_printed integer NOT NULL,
    natural_person_clean numeric NOT NULL,
    commercial numeric NOT NULL,
    commercial_printed integer NOT NULL,
    commercial_clean numeric NOT NULL,
    research numeric NOT NULL,
    research_printed integer NOT NULL,
    research_clean numeric NOT NULL,
    public_interest numeric NOT NULL,
    public_interest_printed integer NOT NULL,
    public_interest_clean numeric NOT NULL,
    legal_services numeric NOT NULL,
    legal_services_printed integer NOT NULL,
    legal_services_clean numeric NOT NULL,
    other numeric NOT NULL,
    other_printed integer NOT NULL,
    other_clean numeric NOT NULL,
    total numeric NOT NULL,
    total_printed integer NOT NULL,
    total_clean numeric NOT NULL,
    CONSTRAINT analytics_region_requests_pk PRIMARY KEY (region_id, year, kind, row_code)
);

CREATE TABLE analytics_region_reviews (
    region_id bigint      NOT NULL REFERENCES agency (id),
    year      smallint    NOT NULL,
    kind      agency_kind NOT NULL,
    row_code  varchar(32) NOT NULL,
    bodies    integer     NOT NULL,
    upheld numeric NOT NULL,
    upheld_printed integer NOT NULL,
    upheld_clean numeric NOT NULL,
    corrected numeric NOT NULL,
    corrected_printed integer NOT NULL,
    corrected_clean numeric NOT NULL,
    other numeric NOT NULL,
    other_printed integer NOT NULL,
    other_clean numeric NOT NULL,
    pending numeric NOT NULL,
    pending_printed integer NOT NULL,
    pending_clean numeric NOT NULL,
    total numeric NOT NULL,
    total_printed integer NOT NULL,
    total_clean numeric NOT NULL,
    CONSTRAINT analytics_region_reviews_pk PRIMARY KEY (region_id, year, kind, row_code)
);

-- [jooq ignore start]
-- What the active version of each body-year contributes; the one definition used by the backfill and every update.
-- On time: published by 31 January of the next year (31 March for a people's government), as MetricQuery decides.
CREATE VIEW analytics_active_fact AS
SELECT r.agency_id, r.year, r.active_version_id AS version_id, a.kind,
       EXISTS (SELECT 1 FROM agency_reporting_period p
                WHERE p.agency_id = r.agency_id AND p.first_year <= r.year
                  AND (p.last_year IS NULL OR p.last_year >= r.year)) AS expected,
       coalesce(extract(year FROM v.published_on) <= r.year
                OR (extract(year FROM v.published_on) = r.year + 1 AND extract(month FROM v.published_on)
                    <= CASE WHEN a.kind = 'PEOPLES_GOVERNMENT' THEN 3 ELSE 1 END), false) AS on_time,
       (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN count(*) FILTER (WHERE CASE WHEN x.row_code IN ('regulations', 'normative_documents') THEN x.issued IS NOT NULL AND x.repealed IS NOT NULL AND x.in_force IS NOT NULL WHEN x.row_code = 'fees' THEN x.amount_wan_yuan IS NOT NULL ELSE x.decisions IS NOT NULL END) = 6 THEN 2 ELSE 1 END
          FROM proactive_row x WHERE x.version_id = r.active_version_id)::smallint AS proactive,
       (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN count(*) FILTER (WHERE x.row_code <> 'other_unsplit' AND x.natural_person IS NOT NULL AND x.commercial IS NOT NULL AND x.research IS NOT NULL AND x.public_interest IS NOT NULL AND x.legal_services IS NOT NULL AND x.other IS NOT NULL AND x.total IS NOT NULL) = 25 THEN 2 ELSE 1 END
          FROM request_row x WHERE x.version_id = r.active_version_id)::smallint AS requests,
       (SELECT CASE WHEN count(*) = 0 THEN 0 WHEN count(*) FILTER (WHERE x.upheld IS NOT NULL AND x.corrected IS NOT NULL AND x.other IS NOT NULL AND x.pending IS NOT NULL AND x.total IS NOT NULL) = 3 THEN 2 ELSE 1 END
          FROM review_row x WHERE x.version_id = r.active_version_id)::smallint AS reviews
  FROM report r
  JOIN agency a ON a.id = r.agency_id
  JOIN report_version v ON v.id = r.active_version_id;

CREATE TYPE analytics_delta AS (region_id bigint, year smallint, version_id bigint, kind agency_kind, expected boolean,
    on_time boolean, proactive smallint, requests smallint, reviews smallint, sign integer);

-- Adds (sign 1) or takes away (sign -1) body-years from regions, rows in a fixed order (region, year, kind, row) so
-- that concurrent imports wait for each other instead of deadlocking.
CREATE FUNCTION analytics_apply(deltas analytics_delta[]) RETURNS void LANGUAGE sql AS $$
WITH d AS MATERIALIZED (SELECT * FROM unnest(deltas)),
y AS (
    INSERT INTO analytics_region_year AS t (region_id, year, kind, reported, reported_expected, on_time, proactive,
                                            proactive_clean, requests, requests_clean, reviews, reviews_clean)
    SELECT region_id, year, kind, sum(sign), coalesce(sum(sign) FILTER (WHERE expected), 0),
           coalesce(sum(sign) FILTER (WHERE on_time), 0),
           coalesce(sum(sign) FILTER (WHERE proactive > 0), 0), coalesce(sum(sign) FILTER (WHERE proactive = 2), 0),
           coalesce(sum(sign) FILTER (WHERE requests > 0), 0), coalesce(sum(sign) FILTER (WHERE requests = 2), 0),
           coalesce(sum(sign) FILTER (WHERE reviews > 0), 0), coalesce(sum(sign) FILTER (WHERE reviews = 2), 0)
      FROM d GROUP BY region_id, year, kind ORDER BY region_id, year, kind
    ON CONFLICT (region_id, year, kind) DO UPDATE SET reported = t.reported + excluded.reported,
        reported_expected = t.reported_expected + excluded.reported_expected, on_time = t.on_time + excluded.on_time,
        proactive = t.proactive + excluded.proactive, proactive_clean = t.proactive_clean + excluded.proactive_clean,
        requests = t.requests + excluded.requests, requests_clean = t.requests_clean + excluded.requests_clean,
        reviews = t.reviews + excluded.reviews, reviews_clean = t.reviews_clean + excluded.reviews_clean
    RETURNING 1)
, u_proactive AS (
    INSERT INTO analytics_region_proactive AS t (region_id, year, kind, row_code, bodies, issued, issued_printed, issued_clean, repealed, repealed_printed, repealed_clean, in_force, in_force_printed, in_force_clean, decisions, decisions_printed, decisions_clean, amount_wan_yuan, amount_wan_yuan_printed, amount_wan_yuan_clean)
    SELECT d.region_id, d.year, d.kind, x.row_code, sum(d.sign),
           sum(d.sign * coalesce(x.issued, 0)), sum(d.sign * (x.issued IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.issued, 0)) FILTER (WHERE d.proactive = 2), 0),
           sum(d.sign * coalesce(x.repealed, 0)), sum(d.sign * (x.repealed IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.repealed, 0)) FILTER (WHERE d.proactive = 2), 0),
           sum(d.sign * coalesce(x.in_force, 0)), sum(d.sign * (x.in_force IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.in_force, 0)) FILTER (WHERE d.proactive = 2), 0),
           sum(d.sign * coalesce(x.decisions, 0)), sum(d.sign * (x.decisions IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.decisions, 0)) FILTER (WHERE d.proactive = 2), 0),
           sum(d.sign * coalesce(x.amount_wan_yuan, 0)), sum(d.sign * (x.amount_wan_yuan IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.amount_wan_yuan, 0)) FILTER (WHERE d.proactive = 2), 0)
      FROM d JOIN proactive_row x ON x.version_id = d.version_id
     GROUP BY d.region_id, d.year, d.kind, x.row_code ORDER BY d.region_id, d.year, d.kind, x.row_code
    ON CONFLICT (region_id, year, kind, row_code) DO UPDATE SET bodies = t.bodies + excluded.bodies,
        issued = t.issued + excluded.issued, issued_printed = t.issued_printed + excluded.issued_printed, issued_clean = t.issued_clean + excluded.issued_clean,
        repealed = t.repealed + excluded.repealed, repealed_printed = t.repealed_printed + excluded.repealed_printed, repealed_clean = t.repealed_clean + excluded.repealed_clean,
        in_force = t.in_force + excluded.in_force, in_force_printed = t.in_force_printed + excluded.in_force_printed, in_force_clean = t.in_force_clean + excluded.in_force_clean,
        decisions = t.decisions + excluded.decisions, decisions_printed = t.decisions_printed + excluded.decisions_printed, decisions_clean = t.decisions_clean + excluded.decisions_clean,
        amount_wan_yuan = t.amount_wan_yuan + excluded.amount_wan_yuan, amount_wan_yuan_printed = t.amount_wan_yuan_printed + excluded.amount_wan_yuan_printed, amount_wan_yuan_clean = t.amount_wan_yuan_clean + excluded.amount_wan_yuan_clean
    RETURNING 1)
, u_requests AS (
    INSERT INTO analytics_region_requests AS t (region_id, year, kind, row_code, bodies, natural_person, natural_person_printed, natural_person_clean, commercial, commercial_printed, commercial_clean, research, research_printed, research_clean, public_interest, public_interest_printed, public_interest_clean, legal_services, legal_services_printed, legal_services_clean, other, other_printed, other_clean, total, total_printed, total_clean)
    SELECT d.region_id, d.year, d.kind, x.row_code, sum(d.sign),
           sum(d.sign * coalesce(x.natural_person, 0)), sum(d.sign * (x.natural_person IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.natural_person, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.commercial, 0)), sum(d.sign * (x.commercial IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.commercial, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.research, 0)), sum(d.sign * (x.research IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.research, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.public_interest, 0)), sum(d.sign * (x.public_interest IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.public_interest, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.legal_services, 0)), sum(d.sign * (x.legal_services IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.legal_services, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.other, 0)), sum(d.sign * (x.other IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.other, 0)) FILTER (WHERE d.requests = 2), 0),
           sum(d.sign * coalesce(x.total, 0)), sum(d.sign * (x.total IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.total, 0)) FILTER (WHERE d.requests = 2), 0)
      FROM d JOIN request_row x ON x.version_id = d.version_id
     GROUP BY d.region_id, d.year, d.kind, x.row_code ORDER BY d.region_id, d.year, d.kind, x.row_code
    ON CONFLICT (region_id, year, kind, row_code) DO UPDATE SET bodies = t.bodies + excluded.bodies,
        natural_person = t.natural_person + excluded.natural_person, natural_person_printed = t.natural_person_printed + excluded.natural_person_printed, natural_person_clean = t.natural_person_clean + excluded.natural_person_clean,
        commercial = t.commercial + excluded.commercial, commercial_printed = t.commercial_printed + excluded.commercial_printed, commercial_clean = t.commercial_clean + excluded.commercial_clean,
        research = t.research + excluded.research, research_printed = t.research_printed + excluded.research_printed, research_clean = t.research_clean + excluded.research_clean,
        public_interest = t.public_interest + excluded.public_interest, public_interest_printed = t.public_interest_printed + excluded.public_interest_printed, public_interest_clean = t.public_interest_clean + excluded.public_interest_clean,
        legal_services = t.legal_services + excluded.legal_services, legal_services_printed = t.legal_services_printed + excluded.legal_services_printed, legal_services_clean = t.legal_services_clean + excluded.legal_services_clean,
        other = t.other + excluded.other, other_printed = t.other_printed + excluded.other_printed, other_clean = t.other_clean + excluded.other_clean,
        total = t.total + excluded.total, total_printed = t.total_printed + excluded.total_printed, total_clean = t.total_clean + excluded.total_clean
    RETURNING 1)
, u_reviews AS (
    INSERT INTO analytics_region_reviews AS t (region_id, year, kind, row_code, bodies, upheld, upheld_printed, upheld_clean, corrected, corrected_printed, corrected_clean, other, other_printed, other_clean, pending, pending_printed, pending_clean, total, total_printed, total_clean)
    SELECT d.region_id, d.year, d.kind, x.row_code, sum(d.sign),
           sum(d.sign * coalesce(x.upheld, 0)), sum(d.sign * (x.upheld IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.upheld, 0)) FILTER (WHERE d.reviews = 2), 0),
           sum(d.sign * coalesce(x.corrected, 0)), sum(d.sign * (x.corrected IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.corrected, 0)) FILTER (WHERE d.reviews = 2), 0),
           sum(d.sign * coalesce(x.other, 0)), sum(d.sign * (x.other IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.other, 0)) FILTER (WHERE d.reviews = 2), 0),
           sum(d.sign * coalesce(x.pending, 0)), sum(d.sign * (x.pending IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.pending, 0)) FILTER (WHERE d.reviews = 2), 0),
           sum(d.sign * coalesce(x.total, 0)), sum(d.sign * (x.total IS NOT NULL)::int), coalesce(sum(d.sign * coalesce(x.total, 0)) FILTER (WHERE d.reviews = 2), 0)
      FROM d JOIN review_row x ON x.version_id = d.version_id
     GROUP BY d.region_id, d.year, d.kind, x.row_code ORDER BY d.region_id, d.year, d.kind, x.row_code
    ON CONFLICT (region_id, year, kind, row_code) DO UPDATE SET bodies = t.bodies + excluded.bodies,
        upheld = t.upheld + excluded.upheld, upheld_printed = t.upheld_printed + excluded.upheld_printed, upheld_clean = t.upheld_clean + excluded.upheld_clean,
        corrected = t.corrected + excluded.corrected, corrected_printed = t.corrected_printed + excluded.corrected_printed, corrected_clean = t.corrected_clean + excluded.corrected_clean,
        other = t.other + excluded.other, other_printed = t.other_printed + excluded.other_printed, other_clean = t.other_clean + excluded.other_clean,
        pending = t.pending + excluded.pending, pending_printed = t.pending_printed + excluded.pending_printed, pending_clean = t.pending_clean + excluded.pending_clean,
        total = t.total + excluded.total, total_printed = t.total_printed + excluded.total_printed, total_clean = t.total_clean + excluded.total_clean
    RETURNING 1)
SELECT;
$$;

-- Brings one body-year up to its active version: takes the counted version away from every region above the body
-- and adds the active one. Called in the transaction that stored or re-activated a version.
CREATE FUNCTION analytics_sync(p_agency bigint, p_year smallint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    deltas analytics_delta[];
BEGIN
    IF EXISTS (SELECT 1 FROM analytics_body_year f JOIN report r ON r.agency_id = f.agency_id AND r.year = f.year
                WHERE f.agency_id = p_agency AND f.year = p_year AND f.version_id = r.active_version_id) THEN
        RETURN;
    END IF;
    SELECT array_agg(ROW(c.ancestor_id, f.year, f.version_id, f.kind, f.expected, f.on_time, f.proactive, f.requests,
                         f.reviews, f.sign)::analytics_delta)
      INTO deltas
      FROM (SELECT o.agency_id, o.year, o.version_id, o.kind, o.expected, o.on_time, o.proactive, o.requests,
                   o.reviews, -1 AS sign
              FROM analytics_body_year o WHERE o.agency_id = p_agency AND o.year = p_year
            UNION ALL
            SELECT n.agency_id, n.year, n.version_id, n.kind, n.expected, n.on_time, n.proactive, n.requests,
                   n.reviews, 1
              FROM analytics_active_fact n WHERE n.agency_id = p_agency AND n.year = p_year) f
      JOIN agency_closure c ON c.descendant_id = f.agency_id AND c.distance > 0;
    IF deltas IS NOT NULL THEN
        PERFORM analytics_apply(deltas);
    END IF;
    DELETE FROM analytics_body_year WHERE agency_id = p_agency AND year = p_year;
    INSERT INTO analytics_body_year (agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews)
    SELECT agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews
      FROM analytics_active_fact WHERE agency_id = p_agency AND year = p_year;
END;
$$;

-- Bodies gained or lost by regions (a new body, a body moved): their counted body-years, expected years and body
-- count follow the closure rows.
CREATE FUNCTION analytics_closure_shift(ancestors bigint[], descendants bigint[], sign integer)
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
                         f.reviews, sign)::analytics_delta)
      INTO deltas
      FROM unnest(ancestors, descendants) AS p (ancestor_id, descendant_id)
      JOIN analytics_body_year f ON f.agency_id = p.descendant_id;
    IF deltas IS NOT NULL THEN
        PERFORM analytics_apply(deltas);
    END IF;
END;
$$;

CREATE FUNCTION analytics_closure_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ancestors bigint[];
    descendants bigint[];
BEGIN
    SELECT array_agg(ancestor_id), array_agg(descendant_id) INTO ancestors, descendants FROM added WHERE distance > 0;
    IF ancestors IS NOT NULL THEN
        PERFORM analytics_closure_shift(ancestors, descendants, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION analytics_closure_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ancestors bigint[];
    descendants bigint[];
BEGIN
    SELECT array_agg(ancestor_id), array_agg(descendant_id) INTO ancestors, descendants FROM removed WHERE distance > 0;
    IF ancestors IS NOT NULL THEN
        PERFORM analytics_closure_shift(ancestors, descendants, -1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER analytics_closure_on_insert AFTER INSERT ON agency_closure REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_closure_added();
CREATE TRIGGER analytics_closure_on_delete AFTER DELETE ON agency_closure REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_closure_removed();

-- Reporting periods changed: the regions above count the expected years again, and the body's counted years that
-- became (or stopped being) expected move between reported and reported though expected.
CREATE FUNCTION analytics_periods_shift(agencies bigint[], first_years smallint[], last_years smallint[],
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
                         f.reviews, f.sign)::analytics_delta)
      INTO deltas
      FROM (SELECT o.agency_id, o.year, o.version_id, o.kind, s.expected, o.on_time, o.proactive, o.requests,
                   o.reviews, s.sign
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

CREATE FUNCTION analytics_periods_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    agencies bigint[];
    first_years smallint[];
    last_years smallint[];
BEGIN
    SELECT array_agg(agency_id), array_agg(first_year), array_agg(last_year)
      INTO agencies, first_years, last_years FROM added;
    IF agencies IS NOT NULL THEN
        PERFORM analytics_periods_shift(agencies, first_years, last_years, 1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION analytics_periods_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    agencies bigint[];
    first_years smallint[];
    last_years smallint[];
BEGIN
    SELECT array_agg(agency_id), array_agg(first_year), array_agg(last_year)
      INTO agencies, first_years, last_years FROM removed;
    IF agencies IS NOT NULL THEN
        PERFORM analytics_periods_shift(agencies, first_years, last_years, -1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER analytics_periods_on_insert AFTER INSERT ON agency_reporting_period REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_periods_added();
CREATE TRIGGER analytics_periods_on_delete AFTER DELETE ON agency_reporting_period REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_periods_removed();

-- Everything again from the raw tables, set-based: the backfill below, and after a bulk load by COPY. The body-years
-- are first summed per parent, then spread over the parent's ancestors (itself included), so that the 40 million
-- table rows of a national data set are joined with the closure once per parent, not once per body.
CREATE FUNCTION analytics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE analytics_body_year, analytics_region_year, analytics_region_period, analytics_region_body,
        analytics_region_proactive, analytics_region_requests, analytics_region_reviews;
    INSERT INTO analytics_body_year (agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews)
    SELECT agency_id, year, version_id, kind, expected, on_time, proactive, requests, reviews FROM analytics_active_fact;
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
                                       proactive_clean, requests, requests_clean, reviews, reviews_clean)
    SELECT c.ancestor_id, x.year, x.kind, sum(x.reported), sum(x.reported_expected), sum(x.on_time),
           sum(x.proactive), sum(x.proactive_clean), sum(x.requests), sum(x.requests_clean), sum(x.reviews),
           sum(x.reviews_clean)
      FROM (SELECT b.parent_id, f.year, f.kind, count(*) AS reported,
                   count(*) FILTER (WHERE f.expected) AS reported_expected,
                   count(*) FILTER (WHERE f.on_time) AS on_time,
                   count(*) FILTER (WHERE f.proactive > 0) AS proactive,
                   count(*) FILTER (WHERE f.proactive = 2) AS proactive_clean,
                   count(*) FILTER (WHERE f.requests > 0) AS requests,
                   count(*) FILTER (WHERE f.requests = 2) AS requests_clean,
                   count(*) FILTER (WHERE f.reviews > 0) AS reviews,
                   count(*) FILTER (WHERE f.reviews = 2) AS reviews_clean
              FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id
             WHERE b.parent_id IS NOT NULL
             GROUP BY b.parent_id, f.year, f.kind) x
      JOIN agency_closure c ON c.descendant_id = x.parent_id
     GROUP BY c.ancestor_id, x.year, x.kind;
    INSERT INTO analytics_region_proactive (region_id, year, kind, row_code, bodies, issued, issued_printed, issued_clean, repealed, repealed_printed, repealed_clean, in_force, in_force_printed, in_force_clean, decisions, decisions_printed, decisions_clean, amount_wan_yuan, amount_wan_yuan_printed, amount_wan_yuan_clean)
    SELECT c.ancestor_id, s.year, s.kind, s.row_code, sum(s.bodies),
           sum(s.issued), sum(s.issued_printed), sum(s.issued_clean),
           sum(s.repealed), sum(s.repealed_printed), sum(s.repealed_clean),
           sum(s.in_force), sum(s.in_force_printed), sum(s.in_force_clean),
           sum(s.decisions), sum(s.decisions_printed), sum(s.decisions_clean),
           sum(s.amount_wan_yuan), sum(s.amount_wan_yuan_printed), sum(s.amount_wan_yuan_clean)
      FROM (SELECT b.parent_id, f.year, f.kind, x.row_code, count(*) AS bodies,
                   sum(coalesce(x.issued, 0)) AS issued, count(x.issued) AS issued_printed, coalesce(sum(x.issued) FILTER (WHERE f.proactive = 2), 0) AS issued_clean,
                   sum(coalesce(x.repealed, 0)) AS repealed, count(x.repealed) AS repealed_printed, coalesce(sum(x.repealed) FILTER (WHERE f.proactive = 2), 0) AS repealed_clean,
                   sum(coalesce(x.in_force, 0)) AS in_force, count(x.in_force) AS in_force_printed, coalesce(sum(x.in_force) FILTER (WHERE f.proactive = 2), 0) AS in_force_clean,
                   sum(coalesce(x.decisions, 0)) AS decisions, count(x.decisions) AS decisions_printed, coalesce(sum(x.decisions) FILTER (WHERE f.proactive = 2), 0) AS decisions_clean,
                   sum(coalesce(x.amount_wan_yuan, 0)) AS amount_wan_yuan, count(x.amount_wan_yuan) AS amount_wan_yuan_printed, coalesce(sum(x.amount_wan_yuan) FILTER (WHERE f.proactive = 2), 0) AS amount_wan_yuan_clean
              FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id
              JOIN proactive_row x ON x.version_id = f.version_id
             WHERE b.parent_id IS NOT NULL
             GROUP BY b.parent_id, f.year, f.kind, x.row_code) s
      JOIN agency_closure c ON c.descendant_id = s.parent_id
     GROUP BY c.ancestor_id, s.year, s.kind, s.row_code;
    INSERT INTO analytics_region_requests (region_id, year, kind, row_code, bodies, natural_person, natural_person_printed, natural_person_clean, commercial, commercial_printed, commercial_clean, research, research_printed, research_clean, public_interest, public_interest_printed, public_interest_clean, legal_services, legal_services_printed, legal_services_clean, other, other_printed, other_clean, total, total_printed, total_clean)
    SELECT c.ancestor_id, s.year, s.kind, s.row_code, sum(s.bodies),
           sum(s.natural_person), sum(s.natural_person_printed), sum(s.natural_person_clean),
           sum(s.commercial), sum(s.commercial_printed), sum(s.commercial_clean),
           sum(s.research), sum(s.research_printed), sum(s.research_clean),
           sum(s.public_interest), sum(s.public_interest_printed), sum(s.public_interest_clean),
           sum(s.legal_services), sum(s.legal_services_printed), sum(s.legal_services_clean),
           sum(s.other), sum(s.other_printed), sum(s.other_clean),
           sum(s.total), sum(s.total_printed), sum(s.total_clean)
      FROM (SELECT b.parent_id, f.year, f.kind, x.row_code, count(*) AS bodies,
                   sum(coalesce(x.natural_person, 0)) AS natural_person, count(x.natural_person) AS natural_person_printed, coalesce(sum(x.natural_person) FILTER (WHERE f.requests = 2), 0) AS natural_person_clean,
                   sum(coalesce(x.commercial, 0)) AS commercial, count(x.commercial) AS commercial_printed, coalesce(sum(x.commercial) FILTER (WHERE f.requests = 2), 0) AS commercial_clean,
                   sum(coalesce(x.research, 0)) AS research, count(x.research) AS research_printed, coalesce(sum(x.research) FILTER (WHERE f.requests = 2), 0) AS research_clean,
                   sum(coalesce(x.public_interest, 0)) AS public_interest, count(x.public_interest) AS public_interest_printed, coalesce(sum(x.public_interest) FILTER (WHERE f.requests = 2), 0) AS public_interest_clean,
                   sum(coalesce(x.legal_services, 0)) AS legal_services, count(x.legal_services) AS legal_services_printed, coalesce(sum(x.legal_services) FILTER (WHERE f.requests = 2), 0) AS legal_services_clean,
                   sum(coalesce(x.other, 0)) AS other, count(x.other) AS other_printed, coalesce(sum(x.other) FILTER (WHERE f.requests = 2), 0) AS other_clean,
                   sum(coalesce(x.total, 0)) AS total, count(x.total) AS total_printed, coalesce(sum(x.total) FILTER (WHERE f.requests = 2), 0) AS total_clean
              FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id
              JOIN request_row x ON x.version_id = f.version_id
             WHERE b.parent_id IS NOT NULL
             GROUP BY b.parent_id, f.year, f.kind, x.row_code) s
      JOIN agency_closure c ON c.descendant_id = s.parent_id
     GROUP BY c.ancestor_id, s.year, s.kind, s.row_code;
    INSERT INTO analytics_region_reviews (region_id, year, kind, row_code, bodies, upheld, upheld_printed, upheld_clean, corrected, corrected_printed, corrected_clean, other, other_printed, other_clean, pending, pending_printed, pending_clean, total, total_printed, total_clean)
    SELECT c.ancestor_id, s.year, s.kind, s.row_code, sum(s.bodies),
           sum(s.upheld), sum(s.upheld_printed), sum(s.upheld_clean),
           sum(s.corrected), sum(s.corrected_printed), sum(s.corrected_clean),
           sum(s.other), sum(s.other_printed), sum(s.other_clean),
           sum(s.pending), sum(s.pending_printed), sum(s.pending_clean),
           sum(s.total), sum(s.total_printed), sum(s.total_clean)
      FROM (SELECT b.parent_id, f.year, f.kind, x.row_code, count(*) AS bodies,
                   sum(coalesce(x.upheld, 0)) AS upheld, count(x.upheld) AS upheld_printed, coalesce(sum(x.upheld) FILTER (WHERE f.reviews = 2), 0) AS upheld_clean,
                   sum(coalesce(x.corrected, 0)) AS corrected, count(x.corrected) AS corrected_printed, coalesce(sum(x.corrected) FILTER (WHERE f.reviews = 2), 0) AS corrected_clean,
                   sum(coalesce(x.other, 0)) AS other, count(x.other) AS other_printed, coalesce(sum(x.other) FILTER (WHERE f.reviews = 2), 0) AS other_clean,
                   sum(coalesce(x.pending, 0)) AS pending, count(x.pending) AS pending_printed, coalesce(sum(x.pending) FILTER (WHERE f.reviews = 2), 0) AS pending_clean,
                   sum(coalesce(x.total, 0)) AS total, count(x.total) AS total_printed, coalesce(sum(x.total) FILTER (WHERE f.reviews = 2), 0) AS total_clean
              FROM analytics_body_year f JOIN agency b ON b.id = f.agency_id
              JOIN review_row x ON x.version_id = f.version_id
             WHERE b.parent_id IS NOT NULL
             GROUP BY b.parent_id, f.year, f.kind, x.row_code) s
      JOIN agency_closure c ON c.descendant_id = s.parent_id
     GROUP BY c.ancestor_id, s.year, s.kind, s.row_code;
    ANALYZE analytics_region_year;
    ANALYZE analytics_region_proactive;
    ANALYZE analytics_region_requests;
    ANALYZE analytics_region_reviews;
END;
$$;

-- the backfill: an existing database migrates to its aggregates in one set-based pass
SELECT analytics_rebuild();
-- [jooq ignore stop]
