-- Tutorial videos: series and videos (content an admin manages, draft or published), the files
-- behind them, and what each customer watched, confirmed and last looked at.

-- A row of videos on the customer's page ("Onboarding", "Werbeanzeigen verstehen", …).
CREATE TABLE video_series (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

-- file_id and thumbnail_id name files under <data_dir>/videos: "<sha256>.<ext>", stored by
-- content, so a file is one whatever number of videos show it. A video is published only with
-- a file (the service checks); unpublishing keeps published_at NULL again.
CREATE TABLE videos (
    id           TEXT PRIMARY KEY,
    series_id    TEXT NOT NULL REFERENCES video_series (id),
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    required     INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    file_id      TEXT,
    content_type TEXT,
    size_bytes   INTEGER NOT NULL DEFAULT 0,
    duration_s   REAL NOT NULL DEFAULT 0,
    thumbnail_id TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    published_at TEXT
);
CREATE INDEX videos_by_series ON videos (series_id, position);

-- What a customer watched of a video: the unique seconds as JSON spans [[from, to], …]
-- (shared/WatchedSpans), where they stopped, and the server's clock at the last report, which
-- bounds what the next report may add (a span counts only as far as wall-clock time allows).
CREATE TABLE video_progress (
    account_id     TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    video_id       TEXT NOT NULL REFERENCES videos (id) ON DELETE CASCADE,
    position_s     REAL NOT NULL,
    max_position_s REAL NOT NULL,
    spans          TEXT NOT NULL DEFAULT '[]',
    reported_at_ms INTEGER NOT NULL,
    understood_at  TEXT,
    PRIMARY KEY (account_id, video_id)
);

-- When a customer last looked at the list: videos published since are "new" to them.
CREATE TABLE video_list_views (
    account_id TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    seen_at    TEXT NOT NULL
);
