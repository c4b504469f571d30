-- Attempts counted over a sliding window — failed sign-ins per client address, token renewals per sign-in — kept in
-- PostgreSQL rather than in one backend's memory, so that backends running side by side behind a load balancer count
-- together and a restart forgets nothing. Rows older than the window are deleted as attempts come in.
CREATE TABLE throttle_attempt (
    kind         varchar(16)  NOT NULL CHECK (kind IN ('address', 'renewal')),
    key          varchar(200) NOT NULL,
    attempted_at timestamptz  NOT NULL
);

CREATE INDEX throttle_attempt_by_key ON throttle_attempt (kind, key, attempted_at);
CREATE INDEX throttle_attempt_by_age ON throttle_attempt (attempted_at);
