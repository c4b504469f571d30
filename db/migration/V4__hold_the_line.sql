-- Holding the line under attack (issue 9): secrets the application's role cannot read, sign-in failures counted per
-- name whether the user exists or not, usernames unique regardless of case, TRUNCATE refused on history, and always
-- one enabled administrator. Privileges of the application's role are granted after every migration by
-- ApplicationRolePrivileges (the role's name is configuration, not schema).

-- Secrets of this installation, readable by the owner role only: the token signing key moves here from app_state.
CREATE TABLE installation_secret (
    name       varchar(64)  PRIMARY KEY,
    value      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

-- [jooq ignore start]
INSERT INTO installation_secret (name, value) SELECT key, value FROM app_state WHERE key = 'token_secret';
DELETE FROM app_state WHERE key = 'token_secret';
-- [jooq ignore stop]

-- Failed sign-ins per name as typed (lower case), for existing and unknown names alike, so that a lock says nothing
-- about whether an account exists. Rows of names without a lock are pruned after a day.
CREATE TABLE sign_in_failure (
    name           varchar(64) PRIMARY KEY,
    failures       integer     NOT NULL,
    locked_until   timestamptz,
    last_failed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sign_in_failure_failures CHECK (failures >= 1)
);

CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failed_at);

-- [jooq ignore start]
INSERT INTO sign_in_failure (name, failures, locked_until)
SELECT lower(username), failed_logins, locked_until FROM app_user WHERE failed_logins > 0
ON CONFLICT (name) DO NOTHING;
-- [jooq ignore stop]

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

-- [jooq ignore start]
-- Usernames differing only in case: the later accounts are renamed <name>-<id> (and their sessions end), with a line
-- in the audit log, before case-insensitive uniqueness is enforced.
INSERT INTO audit_event (actor, action, target, detail)
SELECT '系统', 'USER_CHANGED', '用户 ' || u.username,
       '用户名与已有用户仅大小写不同，已改名为 ' || left(u.username, 40) || '-' || u.id
  FROM app_user u
 WHERE EXISTS (SELECT 1 FROM app_user o WHERE lower(o.username) = lower(u.username) AND o.id < u.id);

UPDATE app_user u
   SET username = left(u.username, 40) || '-' || u.id, credentials_version = u.credentials_version + 1
 WHERE EXISTS (SELECT 1 FROM app_user o WHERE lower(o.username) = lower(u.username) AND o.id < u.id);

CREATE UNIQUE INDEX app_user_username_lower ON app_user (lower(username));

-- History is never emptied: TRUNCATE is refused on the audit log and on every versioned table (the application's
-- role has no TRUNCATE privilege either; this stops the owner's mistakes and a cascade from report).
CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% 不可清空（历史只增不减）', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER report_version_no_truncate BEFORE TRUNCATE ON report_version
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER proactive_row_no_truncate BEFORE TRUNCATE ON proactive_row
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER request_row_no_truncate BEFORE TRUNCATE ON request_row
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER review_row_no_truncate BEFORE TRUNCATE ON review_row
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER narrative_section_no_truncate BEFORE TRUNCATE ON narrative_section
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER source_document_no_truncate BEFORE TRUNCATE ON source_document
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

-- Always one enabled administrator. The advisory lock serialises concurrent changes to administrators, and the check
-- runs after it with a fresh snapshot, so two administrators disabling each other at once cannot both succeed.
CREATE FUNCTION keep_an_administrator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('app_user.administrators'));
    IF NOT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND NOT disabled) THEN
        RAISE EXCEPTION USING ERRCODE = 'NB001', MESSAGE = '至少要保留一个可用的管理员';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER app_user_keeps_an_administrator AFTER UPDATE ON app_user
    FOR EACH ROW WHEN (OLD.role = 'ADMIN' AND NOT OLD.disabled AND (NEW.role <> 'ADMIN' OR NEW.disabled))
    EXECUTE FUNCTION keep_an_administrator();
CREATE TRIGGER app_user_keeps_an_administrator_on_delete AFTER DELETE ON app_user
    FOR EACH ROW WHEN (OLD.role = 'ADMIN' AND NOT OLD.disabled)
    EXECUTE FUNCTION keep_an_administrator();
-- [jooq ignore stop]
