-- Intercom: where each approved customer's contact stands in Intercom's REST API.

-- One row per account the contact sync has tried. The job picks approved customers with no row,
-- or whose email or name differ from what Intercom last received, once next_attempt_at has come:
-- approval itself never calls Intercom, so it neither waits for it nor fails with it.
-- contact_id: Intercom's id of the contact, NULL until the first success.
-- synced_email / synced_name: what the last success sent; NULL until then.
-- attempts: failures since the last success (the backoff doubles with each).
CREATE TABLE intercom_contacts (
    account_id      TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    contact_id      TEXT,
    synced_email    TEXT,
    synced_name     TEXT,
    synced_at       TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT
) WITHOUT ROWID;
