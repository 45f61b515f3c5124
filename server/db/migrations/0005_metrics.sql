-- Ad metrics: the ad accounts an admin connected to a customer, and their daily rows.

-- One ad account of a customer on one platform. `credentials` is the JSON the admin entered
-- ({"access_token": …} or {"refresh_token": …}), sealed with [security] key_file
-- (server/security/SecretBox, base64 of key id, nonce and crypto_secretbox): the database alone
-- never reveals a token. NULL for a CSV source, which has nothing to call.
-- status: ok | syncing | needs_token | throttled | error (API.md sources).
-- history_from: the first day the first full read covered; NULL until it succeeded, so a
-- source whose first read failed reads its whole history again next time.
CREATE TABLE ad_accounts (
    id              INTEGER PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    provider        TEXT NOT NULL CHECK (provider IN ('facebook', 'google_ads', 'csv')),
    external_id     TEXT NOT NULL,
    credentials     TEXT,
    status          TEXT NOT NULL DEFAULT 'syncing'
                    CHECK (status IN ('ok', 'syncing', 'needs_token', 'throttled', 'error')),
    last_error      TEXT,
    last_synced_at  TEXT,
    last_tried_at   TEXT,
    throttled_until TEXT,
    history_from    TEXT,
    currency        TEXT,
    time_zone       TEXT,
    attribution     TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (account_id, provider, external_id)
);

-- One day of one ad account, in the account's time zone. Exact integers: leads in
-- thousandths (Google's conversions may be fractional), spend in micros of the currency.
-- The primary key serves the metrics route's range scans per ad account.
CREATE TABLE metric_days (
    ad_account_id INTEGER NOT NULL REFERENCES ad_accounts (id) ON DELETE CASCADE,
    day           TEXT NOT NULL,
    leads_milli   INTEGER NOT NULL,
    spend_micros  INTEGER NOT NULL,
    clicks        INTEGER NOT NULL,
    impressions   INTEGER NOT NULL,
    synced_at     TEXT NOT NULL,
    PRIMARY KEY (ad_account_id, day)
) WITHOUT ROWID;

-- The customer's days over all their ad accounts, kept by the writes to metric_days (a sync, an
-- import, a removed ad account), with each day's ISO week (Monday) and month (the 1st): the
-- metrics route sums a year of weeks from 365 rows of one customer instead of every ad
-- account's rows, and groups by a stored key instead of computing it per row.
CREATE TABLE metric_account_days (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    week_start   TEXT NOT NULL,
    month_start  TEXT NOT NULL,
    leads_milli  INTEGER NOT NULL,
    spend_micros INTEGER NOT NULL,
    clicks       INTEGER NOT NULL,
    impressions  INTEGER NOT NULL,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID;
