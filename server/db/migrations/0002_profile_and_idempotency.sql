-- The profile picture and the answers kept for Idempotency-Key replays.

-- SHA-256 (hex) of the stored, re-encoded picture: its file name under <data_dir>/avatars/
-- and its ETag. NULL: no picture.
ALTER TABLE accounts ADD COLUMN avatar_sha256 TEXT;
ALTER TABLE accounts ADD COLUMN avatar_type TEXT;     -- image/png or image/jpeg
ALTER TABLE accounts ADD COLUMN updated_at TEXT;      -- last change of the profile by its owner

-- The first answer to each (account, key): a repeat of the key within 24 hours gets it again
-- instead of a second effect (API.md "Caching and offline").
CREATE TABLE idempotent_replies (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    request      TEXT NOT NULL,                   -- method, path, body hash: a key reused elsewhere is refused
    status       INTEGER NOT NULL,
    content_type TEXT,
    body         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
);

CREATE INDEX idempotent_replies_by_age ON idempotent_replies (created_at);
