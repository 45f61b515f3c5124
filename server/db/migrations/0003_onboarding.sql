-- The onboarding checklist: its published versions, each customer's answers (and the agency's
-- ticks), uploaded files, completion, and the state of the sheet it is read from.

-- Every published checklist; the highest version is the live one. A new version only when the
-- content changed (content_hash), so a sync of an unchanged sheet writes nothing here.
CREATE TABLE checklist_versions (
    version      INTEGER PRIMARY KEY,               -- 1, 2, …
    definition   TEXT NOT NULL,                     -- JSON {"sections": [...]} (shared/Checklist)
    content_hash TEXT NOT NULL,                     -- SHA-256 (hex) of definition
    source       TEXT NOT NULL CHECK (source IN ('sheet', 'csv')),
    published_at TEXT NOT NULL
);

-- Answers by item_id, not by version: they survive edits of the sheet, and an item removed
-- from it keeps its answer on record. The agency's items are ticked here too (answered_by is
-- then the admin).
CREATE TABLE checklist_answers (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    value       TEXT NOT NULL,                      -- JSON value: true/false or a string
    answered_at TEXT NOT NULL,
    answered_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    PRIMARY KEY (account_id, item_id)
);

-- Files uploaded for file items; the bytes are under <data_dir>/checklist-files/<sha256>.
-- A file answer's value is the sha256 of a row of its own account and item.
CREATE TABLE checklist_files (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    item_id      TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    name         TEXT NOT NULL,                     -- as the customer named it
    size         INTEGER NOT NULL,
    content_type TEXT NOT NULL,                     -- as judged by content
    uploaded_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, item_id, sha256)
);

-- A customer's "Abschließen". completed_at NULL: reopened, because a newer version added a
-- required item they have not answered (reopened_at says when); version is the one completed.
CREATE TABLE checklist_completions (
    account_id   TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    completed_at TEXT,
    version      INTEGER NOT NULL,
    reopened_at  TEXT
);

-- The one row of the sheet's sync state, for the admin's status page.
CREATE TABLE checklist_source_status (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    last_read_at      TEXT,                         -- the last attempt, successful or not
    sheet_modified_at TEXT,                         -- Drive modifiedTime of the last sheet read well
    last_error        TEXT                          -- JSON {code, message, problems?}, NULL when fine
);
