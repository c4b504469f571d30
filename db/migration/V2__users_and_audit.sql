-- Who may do what: users with one role and a scope in the agency tree, and an append-only audit log.

CREATE TYPE user_role AS ENUM ('ADMIN', 'SUPERVISOR', 'CLERK', 'VIEWER');

CREATE TABLE app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             varchar(64)  NOT NULL,
    display_name         varchar(100) NOT NULL,
    password_hash        varchar(100) NOT NULL,
    role                 user_role    NOT NULL,
    -- the region (SUPERVISOR, VIEWER) or the body (CLERK) the user works on; none for ADMIN
    scope_agency_id      bigint REFERENCES agency (id),
    must_change_password boolean      NOT NULL DEFAULT false,
    disabled             boolean      NOT NULL DEFAULT false,
    demo                 boolean      NOT NULL DEFAULT false,
    failed_logins        integer      NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    -- raised on every password, role, scope or status change: tokens issued before it are refused
    credentials_version  integer      NOT NULL DEFAULT 1,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    password_changed_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_username_format CHECK (length(trim(username)) >= 2),
    CONSTRAINT app_user_scope CHECK ((role = 'ADMIN') = (scope_agency_id IS NULL)),
    CONSTRAINT app_user_failed_logins CHECK (failed_logins >= 0)
);

CREATE TABLE audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(64)  NOT NULL,
    actor_role     varchar(20),
    action         varchar(40)  NOT NULL,
    -- the body the event concerns, so that supervisors see the events of their region
    agency_id      bigint REFERENCES agency (id),
    target         varchar(300),
    detail         varchar(2000),
    client_address varchar(100)
);

CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_agency ON audit_event (agency_id, occurred_at);

-- [jooq ignore start]
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
-- [jooq ignore stop]
