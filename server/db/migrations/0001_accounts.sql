-- Accounts, from registration through approval, and their sessions.
-- Instants are RFC 3339 UTC text ("2026-11-25T12:00:00Z"), so they sort as text.

CREATE TABLE accounts (
    id               TEXT PRIMARY KEY,
    email            TEXT NOT NULL UNIQUE,            -- normalised: trimmed, lower case
    username         TEXT UNIQUE,                     -- optional login name, lower case
    name             TEXT NOT NULL,
    company          TEXT NOT NULL,
    phone            TEXT,                            -- E.164
    password_hash    TEXT NOT NULL,                   -- libsodium argon2id string
    role             TEXT NOT NULL CHECK (role IN ('customer', 'admin')),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    rejection_reason TEXT,
    referral_code    TEXT NOT NULL UNIQUE,            -- this account's own partner code
    referred_by      TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    referral_source  TEXT,
    created_at       TEXT NOT NULL,
    decided_at       TEXT,
    decided_by       TEXT REFERENCES accounts (id) ON DELETE SET NULL
);

-- The admin list pages through one status in registration order, which is rowid order
-- (an index entry ends with the rowid, so this index serves "status = ? ORDER BY rowid").
CREATE INDEX accounts_by_status ON accounts (status);

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,                     -- SHA-256 of the bearer token, hex
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE INDEX sessions_by_account ON sessions (account_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
