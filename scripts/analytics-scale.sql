-- Scales the demo data for the analytics benchmarks (docs/BENCHMARKS.md): :n copies of 示例市 (26 bodies and
-- their active reports each) under one province 基准省 (code bench). Run against a backend's database after the
-- demo data is loaded, e.g. psql -h 127.0.0.1 -p PORT -U postgres -v n=200 -f scripts/analytics-scale.sql
-- Copies only the active versions' table rows (enough for the analytics); never run it on real data.
\timing on
BEGIN;
INSERT INTO agency(code,name,kind,parent_id,sort_order,demo) VALUES ('bench','基准省人民政府','PEOPLES_GOVERNMENT',NULL,0,true);
INSERT INTO agency(code,name,kind,parent_id,sort_order,demo)
  SELECT 'b' || k, '基准市' || k || '人民政府', 'PEOPLES_GOVERNMENT', (SELECT id FROM agency WHERE code='bench'), k, true
  FROM generate_series(1, :n) k;
INSERT INTO agency(code,name,kind,parent_id,sort_order,demo)
  SELECT 'b' || k || substr(a.code, 5), a.name || k, a.kind, p.id, a.sort_order, true
  FROM agency a CROSS JOIN generate_series(1, :n) k JOIN agency p ON p.code = 'b' || k
  WHERE a.code LIKE 'demo.%';
CREATE TEMP TABLE m AS SELECT na.id AS new_id, da.id AS demo_id FROM agency na
  JOIN agency da ON da.code = 'demo' || substring(na.code from '^b[0-9]+(.*)$') WHERE na.code ~ '^b[0-9]+';
INSERT INTO agency_reporting_period SELECT m.new_id, p.first_year, p.last_year FROM m JOIN agency_reporting_period p ON p.agency_id = m.demo_id;
INSERT INTO report(agency_id, year) SELECT m.new_id, r.year FROM m JOIN report r ON r.agency_id = m.demo_id;
CREATE TEMP TABLE v AS SELECT nr.id AS new_report, r.active_version_id AS old_version FROM m
  JOIN report r ON r.agency_id = m.demo_id JOIN report nr ON nr.agency_id = m.new_id AND nr.year = r.year;
INSERT INTO report_version(report_id, version_no, format, published_on, origin, content_hash, created_by)
  SELECT v.new_report, 1, rv.format, rv.published_on, rv.origin, rv.content_hash, rv.created_by
  FROM v JOIN report_version rv ON rv.id = v.old_version;
CREATE TEMP TABLE vv AS SELECT v.old_version, nv.id AS new_version, v.new_report FROM v JOIN report_version nv ON nv.report_id = v.new_report;
INSERT INTO request_row SELECT vv.new_version, rr.row_code, rr.natural_person, rr.commercial, rr.research, rr.public_interest, rr.legal_services, rr.other, rr.total FROM vv JOIN request_row rr ON rr.version_id = vv.old_version;
INSERT INTO review_row SELECT vv.new_version, rr.row_code, rr.upheld, rr.corrected, rr.other, rr.pending, rr.total FROM vv JOIN review_row rr ON rr.version_id = vv.old_version;
INSERT INTO proactive_row SELECT vv.new_version, pr.row_code, pr.issued, pr.repealed, pr.in_force, pr.decisions, pr.amount_wan_yuan FROM vv JOIN proactive_row pr ON pr.version_id = vv.old_version;
UPDATE report SET active_version_id = vv.new_version FROM vv WHERE report.id = vv.new_report;
COMMIT;
ANALYZE;
SELECT count(*) AS bodies FROM agency; SELECT count(*) AS reports FROM report; SELECT count(*) AS request_rows FROM request_row;
