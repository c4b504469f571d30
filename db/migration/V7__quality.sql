-- Quality rules (issue 12): what the rules find in each report version and the reviewers' decisions on it, the
-- supervisors' own threshold rules, the runs of the rules with the counts of open findings they left, and the
-- narrative signatures with which copied text is found among all the reports of a year.

-- A supervisor's rule over an analytics metric, for the bodies of one region.
CREATE TABLE quality_rule (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_agency_id bigint         NOT NULL REFERENCES agency (id),
    name             varchar(100)   NOT NULL,
    metric_id        varchar(100)   NOT NULL,
    comparison       varchar(20)    NOT NULL,
    threshold        numeric(18, 4) NOT NULL,
    min_sample       integer        NOT NULL DEFAULT 0,
    severity         varchar(10)    NOT NULL,
    created_by       varchar(64)    NOT NULL,
    created_at       timestamptz    NOT NULL DEFAULT now(),
    updated_by       varchar(64),
    updated_at       timestamptz,
    CONSTRAINT quality_rule_comparison CHECK (comparison IN ('above', 'below', 'change_above')),
    CONSTRAINT quality_rule_severity CHECK (severity IN ('error', 'warning', 'info')),
    CONSTRAINT quality_rule_min_sample CHECK (min_sample >= 0),
    CONSTRAINT quality_rule_name_not_blank CHECK (length(trim(name)) > 0)
);

CREATE INDEX quality_rule_region ON quality_rule (region_agency_id);

-- One finding of one rule for one body and year. It belongs to the version it was found in (version_id), or to the
-- body-year itself when there is no report (MISSING_REPORT); the current findings of a body-year are those of its
-- active version not resolved. A re-run matches findings by fingerprint (code, cells, figures), so a reviewer's
-- decision stays; one no longer found is deleted, or resolved when someone reviewed it.
CREATE TABLE quality_finding (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id          bigint        NOT NULL REFERENCES agency (id),
    year               smallint      NOT NULL,
    version_id         bigint        REFERENCES report_version (id),
    code               varchar(40)   NOT NULL,
    severity           varchar(10)   NOT NULL,
    rule_id            bigint        REFERENCES quality_rule (id) ON DELETE CASCADE,
    fingerprint        varchar(64)   NOT NULL,
    message            varchar(2000) NOT NULL,
    -- JSON: the contract paths of the cells read, the named figures, where in the source they were read
    cells              text          NOT NULL,
    figures            text          NOT NULL,
    source             text,
    -- the other report a rule across reports compared with (last year's, or another body's)
    related_version_id bigint        REFERENCES report_version (id),
    status             varchar(10)   NOT NULL DEFAULT 'open',
    reviewed_by        varchar(64),
    reviewed_at        timestamptz,
    review_comment     varchar(1000),
    found_at           timestamptz   NOT NULL DEFAULT now(),
    resolved_at        timestamptz,
    CONSTRAINT quality_finding_year CHECK (year BETWEEN 2008 AND 2100),
    CONSTRAINT quality_finding_severity CHECK (severity IN ('error', 'warning', 'info')),
    CONSTRAINT quality_finding_status CHECK (status IN ('open', 'confirmed', 'dismissed')),
    CONSTRAINT quality_finding_dismissed_with_reason CHECK (status <> 'dismissed' OR review_comment IS NOT NULL)
);

CREATE INDEX quality_finding_body_year ON quality_finding (agency_id, year);
CREATE INDEX quality_finding_version ON quality_finding (version_id);
CREATE INDEX quality_finding_related ON quality_finding (related_version_id);

-- [jooq ignore start]
CREATE UNIQUE INDEX quality_finding_once_per_version ON quality_finding (version_id, fingerprint)
    WHERE version_id IS NOT NULL;
CREATE UNIQUE INDEX quality_finding_once_per_missing_year ON quality_finding (agency_id, year, fingerprint)
    WHERE version_id IS NULL;
-- [jooq ignore stop]

-- A run of every rule over a region (or everything: region null), and what it left.
CREATE TABLE quality_run (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_agency_id bigint       REFERENCES agency (id),
    reason           varchar(20)  NOT NULL,
    started_by       varchar(64)  NOT NULL,
    started_at       timestamptz  NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    status           varchar(10)  NOT NULL DEFAULT 'running',
    body_years       integer,
    reports          integer,
    findings         integer,
    error            varchar(1000),
    CONSTRAINT quality_run_reason CHECK (reason IN ('requested', 'rules_updated')),
    CONSTRAINT quality_run_status CHECK (status IN ('running', 'finished', 'failed'))
);

CREATE INDEX quality_run_region ON quality_run (region_agency_id, started_at);

-- The current findings counted at the end of a run, per region (the run's region and every region under it that
-- has bodies under it), rule and severity: the history of a region's quality.
CREATE TABLE quality_snapshot (
    run_id           bigint      NOT NULL REFERENCES quality_run (id),
    region_agency_id bigint      NOT NULL REFERENCES agency (id),
    code             varchar(40) NOT NULL,
    severity         varchar(10) NOT NULL,
    open_count       integer     NOT NULL,
    confirmed_count  integer     NOT NULL,
    dismissed_count  integer     NOT NULL,
    CONSTRAINT quality_snapshot_pk PRIMARY KEY (run_id, region_agency_id, code, severity)
);

CREATE INDEX quality_snapshot_region ON quality_snapshot (region_agency_id, run_id);

-- The MinHash band hashes of the narrative of each active version (MinHashSignature: 24 bands); two versions of
-- the same year sharing a band are candidates for TEXT_REPEATED. Band -1 (hash 0) marks a version whose narrative
-- was looked at and is too short to compare. Rows of a version go when it stops being active.
CREATE TABLE narrative_band (
    version_id bigint   NOT NULL REFERENCES report_version (id),
    agency_id  bigint   NOT NULL REFERENCES agency (id),
    year       smallint NOT NULL,
    band       smallint NOT NULL,
    hash       bigint   NOT NULL,
    CONSTRAINT narrative_band_pk PRIMARY KEY (version_id, band)
);

CREATE INDEX narrative_band_lookup ON narrative_band (year, band, hash);
CREATE INDEX narrative_band_body_year ON narrative_band (agency_id, year);
