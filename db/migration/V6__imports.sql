-- Import jobs (issue 11): an upload of documents and ZIP archives becomes one job with one item per document. The
-- job lives here, not in a backend's memory, so it keeps running when the browser closes, survives a crash (an item
-- whose worker died is still 'queued' and is claimed again) and can be worked on by several backends at once (workers
-- claim items with FOR UPDATE SKIP LOCKED).

CREATE TABLE import_job (
    id                 uuid          PRIMARY KEY,
    created_by         varchar(64)   NOT NULL,
    -- who asked, as they were when they asked: the scope every item is checked against
    created_by_role    varchar(20)   NOT NULL,
    created_by_user_id bigint        NOT NULL,
    scope_agency_id    bigint        REFERENCES agency (id),
    scope_agency_code  varchar(64),
    created_at         timestamptz   NOT NULL DEFAULT now(),
    -- the form's publication date and address, for documents that print none
    published_on       date,
    publication_url    varchar(2000),
    total              integer       NOT NULL,
    CONSTRAINT import_job_total CHECK (total >= 0)
);

CREATE INDEX import_job_creator ON import_job (created_by, created_at);

-- One document of a job; the job is running while any of its items is queued.
-- Its bytes stay until it is settled (and while it waits for confirmation); the stored report
-- keeps its own copy in source_document.
CREATE TABLE import_item (
    job_id       uuid          NOT NULL REFERENCES import_job (id),
    item_index   integer       NOT NULL,
    file_name    varchar(1000) NOT NULL,
    content      bytea,
    status       varchar(20)   NOT NULL DEFAULT 'queued',
    agency_code  varchar(64),
    agency_name  varchar(200),
    year         smallint,
    version_no   integer,
    message      varchar(2000),
    -- JSON: the findings (code, severity, message, cells), the candidate bodies, the parsed report (contract form)
    findings     text,
    candidates   text,
    report       text,
    settled_at   timestamptz,
    CONSTRAINT import_item_pk PRIMARY KEY (job_id, item_index),
    CONSTRAINT import_item_index CHECK (item_index >= 0),
    CONSTRAINT import_item_status CHECK (status IN ('queued', 'imported', 'unchanged', 'needs_confirmation', 'failed'))
);

-- [jooq ignore start]
-- what the workers look for: the queued items, oldest job first
CREATE INDEX import_item_queued ON import_item (job_id, item_index) WHERE status = 'queued';
-- [jooq ignore stop]
