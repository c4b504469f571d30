-- Nianbao on Citus, step 1 of 2 (docs/SCALING.md#beyond-one-primary-citus): the keys Citus needs, in plain
-- PostgreSQL. Run as the owner after the Flyway migrations, in one transaction, before distribute.sql.
-- CitusPlanTest applies it to the real schema (and rolls it back) and checks the rules below against the result.
--
-- Citus wants the distribution column (the reporting body, agency_id) in every table of a co-location group, in
-- every primary key and unique constraint of a distributed table, and on both sides of every foreign key between
-- distributed tables. The tables that hang off a version get agency_id, filled from their report.

-- the history is immutable (refuse_change); its new column is filled once, here
ALTER TABLE report_version DISABLE TRIGGER report_version_immutable;
ALTER TABLE proactive_row DISABLE TRIGGER proactive_row_immutable;
ALTER TABLE request_row DISABLE TRIGGER request_row_immutable;
ALTER TABLE review_row DISABLE TRIGGER review_row_immutable;
ALTER TABLE narrative_section DISABLE TRIGGER narrative_section_immutable;

ALTER TABLE report_version ADD COLUMN agency_id bigint;
UPDATE report_version v SET agency_id = r.agency_id FROM report r WHERE r.id = v.report_id;
ALTER TABLE report_version ALTER COLUMN agency_id SET NOT NULL;

ALTER TABLE proactive_row ADD COLUMN agency_id bigint;
UPDATE proactive_row t SET agency_id = v.agency_id FROM report_version v WHERE v.id = t.version_id;
ALTER TABLE proactive_row ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE request_row ADD COLUMN agency_id bigint;
UPDATE request_row t SET agency_id = v.agency_id FROM report_version v WHERE v.id = t.version_id;
ALTER TABLE request_row ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE review_row ADD COLUMN agency_id bigint;
UPDATE review_row t SET agency_id = v.agency_id FROM report_version v WHERE v.id = t.version_id;
ALTER TABLE review_row ALTER COLUMN agency_id SET NOT NULL;
ALTER TABLE narrative_section ADD COLUMN agency_id bigint;
UPDATE narrative_section t SET agency_id = v.agency_id FROM report_version v WHERE v.id = t.version_id;
ALTER TABLE narrative_section ALTER COLUMN agency_id SET NOT NULL;

ALTER TABLE report_version ENABLE TRIGGER report_version_immutable;
ALTER TABLE proactive_row ENABLE TRIGGER proactive_row_immutable;
ALTER TABLE request_row ENABLE TRIGGER request_row_immutable;
ALTER TABLE review_row ENABLE TRIGGER review_row_immutable;
ALTER TABLE narrative_section ENABLE TRIGGER narrative_section_immutable;

-- foreign keys first (they depend on the keys they reference), then the keys with agency_id in front
ALTER TABLE report DROP CONSTRAINT report_active_version_fk;
ALTER TABLE report_version DROP CONSTRAINT report_version_report_id_fkey,
    DROP CONSTRAINT report_version_source_document_id_fkey;
ALTER TABLE proactive_row DROP CONSTRAINT proactive_row_version_id_fkey;
ALTER TABLE request_row DROP CONSTRAINT request_row_version_id_fkey;
ALTER TABLE review_row DROP CONSTRAINT review_row_version_id_fkey;
ALTER TABLE narrative_section DROP CONSTRAINT narrative_section_version_id_fkey;
ALTER TABLE narrative_band DROP CONSTRAINT narrative_band_version_id_fkey;
-- a finding of TEXT_REPEATED names another body's version: across shards, so the id stays without a foreign key
ALTER TABLE quality_finding DROP CONSTRAINT quality_finding_version_id_fkey,
    DROP CONSTRAINT quality_finding_related_version_id_fkey;
ALTER TABLE analytics_body_year DROP CONSTRAINT analytics_body_year_version_id_fkey;

ALTER TABLE report DROP CONSTRAINT report_pkey, ADD PRIMARY KEY (agency_id, id);
ALTER TABLE report_version DROP CONSTRAINT report_version_pkey, ADD PRIMARY KEY (agency_id, id),
    DROP CONSTRAINT report_version_no_unique, ADD UNIQUE (agency_id, report_id, version_no),
    DROP CONSTRAINT report_version_of_report, ADD UNIQUE (agency_id, id, report_id);
ALTER TABLE proactive_row DROP CONSTRAINT proactive_row_pk, ADD PRIMARY KEY (agency_id, version_id, row_code);
ALTER TABLE request_row DROP CONSTRAINT request_row_pk, ADD PRIMARY KEY (agency_id, version_id, row_code);
ALTER TABLE review_row DROP CONSTRAINT review_row_pk, ADD PRIMARY KEY (agency_id, version_id, row_code);
ALTER TABLE narrative_section DROP CONSTRAINT narrative_section_pk,
    ADD PRIMARY KEY (agency_id, version_id, section_no);
ALTER TABLE narrative_band DROP CONSTRAINT narrative_band_pk, ADD PRIMARY KEY (agency_id, version_id, band);
ALTER TABLE quality_finding DROP CONSTRAINT quality_finding_pkey, ADD PRIMARY KEY (agency_id, id);
-- the originals are spread by their hash (their own co-location group): one stored document per content stays a
-- unique constraint; a version keeps its document's id without a foreign key (documents are never deleted)
ALTER TABLE source_document DROP CONSTRAINT source_document_pkey, ADD PRIMARY KEY (sha256, id);

ALTER TABLE report ADD FOREIGN KEY (agency_id, active_version_id, id)
    REFERENCES report_version (agency_id, id, report_id);
ALTER TABLE report_version ADD FOREIGN KEY (agency_id, report_id) REFERENCES report (agency_id, id);
ALTER TABLE proactive_row ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE request_row ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE review_row ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE narrative_section ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE narrative_band ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE quality_finding ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
ALTER TABLE analytics_body_year ADD FOREIGN KEY (agency_id, version_id) REFERENCES report_version (agency_id, id);
