-- Nianbao schema v1.
-- Agencies form a tree (with a closure table for subtree queries); a report is one body's year, and every change to
-- it is a new, never overwritten version; the three standard tables are stored one row per printed row.
-- A NULL cell was printed blank; a missing row means the table (or that row) is not in the report; 0 is a printed 0.

CREATE TYPE agency_kind AS ENUM ('PEOPLES_GOVERNMENT', 'TOWNSHIP', 'DEPARTMENT', 'OTHER');

CREATE TABLE agency (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        varchar(64)  NOT NULL,
    name        varchar(200) NOT NULL,
    kind        agency_kind  NOT NULL,
    parent_id   bigint REFERENCES agency (id),
    sort_order  integer      NOT NULL DEFAULT 0,
    demo        boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT agency_code_unique UNIQUE (code),
    CONSTRAINT agency_code_not_blank CHECK (length(trim(code)) > 0),
    CONSTRAINT agency_name_not_blank CHECK (length(trim(name)) > 0),
    CONSTRAINT agency_not_own_parent CHECK (parent_id <> id)
);

CREATE INDEX agency_parent ON agency (parent_id);

-- Every (ancestor, descendant) pair including each body with itself (distance 0); kept by a trigger.
CREATE TABLE agency_closure (
    ancestor_id   bigint  NOT NULL REFERENCES agency (id),
    descendant_id bigint  NOT NULL REFERENCES agency (id),
    distance      integer NOT NULL,
    CONSTRAINT agency_closure_pk PRIMARY KEY (ancestor_id, descendant_id),
    CONSTRAINT agency_closure_distance CHECK (distance >= 0)
);

CREATE INDEX agency_closure_descendant ON agency_closure (descendant_id);

-- The years in which a body is expected to publish a report (bodies are founded, merged and closed).
CREATE TABLE agency_reporting_period (
    agency_id  bigint   NOT NULL REFERENCES agency (id),
    first_year smallint NOT NULL,
    last_year  smallint,
    CONSTRAINT agency_reporting_period_pk PRIMARY KEY (agency_id, first_year),
    CONSTRAINT agency_reporting_period_years CHECK (first_year BETWEEN 2008 AND 2100
        AND (last_year IS NULL OR last_year BETWEEN first_year AND 2100))
);

-- The bytes a report was read from, kept once per content.
CREATE TABLE source_document (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256      varchar(64)  NOT NULL,
    media_type  varchar(200) NOT NULL,
    file_name   varchar(500),
    size_bytes  bigint       NOT NULL,
    content     bytea        NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    received_by varchar(100) NOT NULL,
    CONSTRAINT source_document_sha256_unique UNIQUE (sha256),
    CONSTRAINT source_document_sha256_hex CHECK (length(sha256) = 64),
    CONSTRAINT source_document_size CHECK (size_bytes = octet_length(content))
);

CREATE TABLE report (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id         bigint      NOT NULL REFERENCES agency (id),
    year              smallint    NOT NULL,
    active_version_id bigint,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT report_agency_year_unique UNIQUE (agency_id, year),
    CONSTRAINT report_year CHECK (year BETWEEN 2008 AND 2100)
);

CREATE INDEX report_year_agency ON report (year, agency_id);

CREATE TYPE version_origin AS ENUM ('IMPORT', 'MANUAL', 'API', 'DEMO');

CREATE TABLE report_version (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id            bigint         NOT NULL REFERENCES report (id),
    version_no           integer        NOT NULL,
    format               varchar(10)    NOT NULL,
    agency_name_printed  varchar(200),
    signed_on            date,
    period_from          date,
    period_to            date,
    published_on         date,
    publication_url      varchar(2000),
    contact_organization varchar(200),
    contact_address      varchar(500),
    contact_postal_code  varchar(20),
    contact_phone        varchar(200),
    contact_fax          varchar(200),
    contact_email        varchar(200),
    contact_website      varchar(500),
    origin               version_origin NOT NULL,
    source_document_id   bigint REFERENCES source_document (id),
    content_hash         varchar(64)    NOT NULL,
    created_at           timestamptz    NOT NULL DEFAULT now(),
    created_by           varchar(100)   NOT NULL,
    reason               varchar(1000),
    CONSTRAINT report_version_no_unique UNIQUE (report_id, version_no),
    CONSTRAINT report_version_of_report UNIQUE (id, report_id),
    CONSTRAINT report_version_no_positive CHECK (version_no >= 1),
    CONSTRAINT report_version_format CHECK (format IN ('2021', '2019', 'pre2019', 'unknown')),
    CONSTRAINT report_version_period CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to),
    CONSTRAINT report_version_manual_reason CHECK (origin <> 'MANUAL' OR reason IS NOT NULL)
);

-- The active version must be one of the report's own versions.
ALTER TABLE report ADD CONSTRAINT report_active_version_fk
    FOREIGN KEY (active_version_id, id) REFERENCES report_version (id, report_id);

-- 表二 主动公开政府信息情况: one row per printed row; only the columns of the row's kind are used.
CREATE TABLE proactive_row (
    version_id      bigint        NOT NULL REFERENCES report_version (id),
    row_code        varchar(32)   NOT NULL,
    issued          integer,
    repealed        integer,
    in_force        integer,
    decisions       integer,
    amount_wan_yuan numeric(16, 4),
    CONSTRAINT proactive_row_pk PRIMARY KEY (version_id, row_code),
    CONSTRAINT proactive_row_code CHECK (row_code IN
        ('regulations', 'normative_documents', 'licensing', 'punishment', 'enforcement', 'fees')),
    CONSTRAINT proactive_row_non_negative CHECK (issued >= 0 AND repealed >= 0 AND in_force >= 0
        AND decisions >= 0 AND amount_wan_yuan >= 0),
    CONSTRAINT proactive_row_document_columns CHECK (row_code IN ('regulations', 'normative_documents')
        OR (issued IS NULL AND repealed IS NULL AND in_force IS NULL)),
    CONSTRAINT proactive_row_decision_columns CHECK (row_code IN ('licensing', 'punishment', 'enforcement')
        OR decisions IS NULL),
    CONSTRAINT proactive_row_fee_columns CHECK (row_code = 'fees' OR amount_wan_yuan IS NULL)
);

-- 表三 收到和处理政府信息公开申请情况: one row per printed row, the seven applicant columns as columns.
CREATE TABLE request_row (
    version_id     bigint      NOT NULL REFERENCES report_version (id),
    row_code       varchar(32) NOT NULL,
    natural_person integer,
    commercial     integer,
    research       integer,
    public_interest integer,
    legal_services integer,
    other          integer,
    total          integer,
    CONSTRAINT request_row_pk PRIMARY KEY (version_id, row_code),
    CONSTRAINT request_row_code CHECK (row_code IN ('new_received', 'carried_over', 'granted', 'partially_granted',
        'denied_state_secret', 'denied_prohibited_by_law', 'denied_security_stability', 'denied_third_party_rights',
        'denied_internal_affairs', 'denied_process_information', 'denied_enforcement_file',
        'denied_administrative_query', 'unable_not_held', 'unable_needs_creation', 'unable_unclear',
        'not_processed_complaint', 'not_processed_duplicate', 'not_processed_publication',
        'not_processed_excessive', 'not_processed_confirmation', 'other_no_correction', 'other_fee_unpaid',
        'other_other', 'other_unsplit', 'total_processed', 'carried_forward')),
    CONSTRAINT request_row_non_negative CHECK (natural_person >= 0 AND commercial >= 0 AND research >= 0
        AND public_interest >= 0 AND legal_services >= 0 AND other >= 0 AND total >= 0)
);

-- 表四 政府信息公开行政复议、行政诉讼情况: one row per case group, the five outcomes as columns.
CREATE TABLE review_row (
    version_id bigint      NOT NULL REFERENCES report_version (id),
    row_code   varchar(32) NOT NULL,
    upheld     integer,
    corrected  integer,
    other      integer,
    pending    integer,
    total      integer,
    CONSTRAINT review_row_pk PRIMARY KEY (version_id, row_code),
    CONSTRAINT review_row_code CHECK (row_code IN
        ('administrative_review', 'litigation_direct', 'litigation_after_review')),
    CONSTRAINT review_row_non_negative CHECK (upheld >= 0 AND corrected >= 0 AND other >= 0 AND pending >= 0
        AND total >= 0)
);

-- The narrative sections 一…六 as printed.
CREATE TABLE narrative_section (
    version_id bigint   NOT NULL REFERENCES report_version (id),
    section_no smallint NOT NULL,
    heading    varchar(200),
    body       text     NOT NULL,
    CONSTRAINT narrative_section_pk PRIMARY KEY (version_id, section_no),
    CONSTRAINT narrative_section_no CHECK (section_no BETWEEN 1 AND 6)
);

-- Facts about this installation, e.g. whether the demo data has been loaded completely.
CREATE TABLE app_state (
    key        varchar(64)  PRIMARY KEY,
    value      varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);

-- [jooq ignore start]
CREATE FUNCTION agency_closure_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id THEN
            RETURN NEW;
        END IF;
        IF NEW.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM agency_closure
                WHERE ancestor_id = NEW.id AND descendant_id = NEW.parent_id) THEN
            RAISE EXCEPTION '机构 % 不能挂在自己的下级机构之下', NEW.code;
        END IF;
        -- detach the subtree from its old ancestors
        DELETE FROM agency_closure c
         USING agency_closure up, agency_closure down
         WHERE up.descendant_id = NEW.id AND up.ancestor_id <> NEW.id
           AND down.ancestor_id = NEW.id
           AND c.ancestor_id = up.ancestor_id AND c.descendant_id = down.descendant_id;
        -- and attach it under the new parent
        INSERT INTO agency_closure (ancestor_id, descendant_id, distance)
        SELECT up.ancestor_id, down.descendant_id, up.distance + down.distance + 1
          FROM agency_closure up, agency_closure down
         WHERE up.descendant_id = NEW.parent_id AND down.ancestor_id = NEW.id;
        RETURN NEW;
    END IF;
    INSERT INTO agency_closure (ancestor_id, descendant_id, distance) VALUES (NEW.id, NEW.id, 0);
    IF NEW.parent_id IS NOT NULL THEN
        INSERT INTO agency_closure (ancestor_id, descendant_id, distance)
        SELECT ancestor_id, NEW.id, distance + 1 FROM agency_closure WHERE descendant_id = NEW.parent_id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER agency_closure_on_insert AFTER INSERT ON agency
    FOR EACH ROW EXECUTE FUNCTION agency_closure_maintain();
CREATE TRIGGER agency_closure_on_move AFTER UPDATE OF parent_id ON agency
    FOR EACH ROW EXECUTE FUNCTION agency_closure_maintain();

-- Versions are history: they are never changed or deleted, and neither are their table rows.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% 的记录不可修改或删除（版本只增不改）', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER report_version_immutable BEFORE UPDATE OR DELETE ON report_version
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER proactive_row_immutable BEFORE UPDATE OR DELETE ON proactive_row
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER request_row_immutable BEFORE UPDATE OR DELETE ON request_row
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER review_row_immutable BEFORE UPDATE OR DELETE ON review_row
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER narrative_section_immutable BEFORE UPDATE OR DELETE ON narrative_section
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- [jooq ignore stop]
