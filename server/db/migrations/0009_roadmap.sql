-- The roadmap (issue 18): stages and upsells as content an admin manages (a draft, and the
-- version customers see, copied from it by a publish), each customer's completed stages, and the
-- upsells a customer dismissed or asked about. Upsell interests reach the agency as callback
-- requests of the topic 'upsell' (the callbacks outbox).

-- A stage's draft. completes_by names what completes it for a customer: an event the portal
-- knows (approval, checklist, videos, first_leads), the checklist items of item_ids (a JSON array
-- of item ids; the sheet's `stage` column adds more), or an admin only. status 'draft': changed
-- since the last publish, or never published.
CREATE TABLE roadmap_stages (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    actor        TEXT NOT NULL CHECK (actor IN ('agency', 'customer')),
    now_text     TEXT NOT NULL DEFAULT '',
    completes_by TEXT NOT NULL
                 CHECK (completes_by IN ('approval', 'checklist', 'videos', 'first_leads', 'items', 'admin')),
    item_ids     TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    published_at TEXT
);

-- What customers see of a stage: the draft as it was at its last publish.
CREATE TABLE roadmap_published_stages (
    id           TEXT PRIMARY KEY REFERENCES roadmap_stages (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    now_text     TEXT NOT NULL,
    completes_by TEXT NOT NULL,
    item_ids     TEXT NOT NULL
);

-- An upsell's draft: shown beside the roadmap while a customer's current stage is one of
-- stage_ids (a JSON array). url is optional.
CREATE TABLE roadmap_upsells (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    cta          TEXT NOT NULL,
    url          TEXT,
    stage_ids    TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    published_at TEXT
);

CREATE TABLE roadmap_published_upsells (
    id        TEXT PRIMARY KEY REFERENCES roadmap_upsells (id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    cta       TEXT NOT NULL,
    url       TEXT,
    stage_ids TEXT NOT NULL
);

-- A customer's stage: completed_at is the event's own instant (approval, checklist completion,
-- the last required video understood, noon UTC of the first day with leads, the last item
-- answered) or the day an admin named. Automatic completions are inserted only where no row is
-- (so a read twice gives the same instant); an admin's "not done" keeps the row with
-- completed_at NULL, so the automatic source does not set it again.
CREATE TABLE roadmap_completions (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stage_id     TEXT NOT NULL REFERENCES roadmap_stages (id) ON DELETE CASCADE,
    completed_at TEXT,
    source       TEXT NOT NULL CHECK (source IN ('auto', 'admin')),
    admin_id     TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, stage_id)
) WITHOUT ROWID;

-- "Nicht mehr anzeigen": on the server, so the card stays gone on every machine.
CREATE TABLE upsell_dismissals (
    account_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    upsell_id    TEXT NOT NULL REFERENCES roadmap_upsells (id) ON DELETE CASCADE,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (account_id, upsell_id)
) WITHOUT ROWID;

-- "Interesse": once per customer and upsell; callback_id is the request that told the agency.
CREATE TABLE upsell_interests (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    upsell_id     TEXT NOT NULL REFERENCES roadmap_upsells (id) ON DELETE CASCADE,
    interested_at TEXT NOT NULL,
    callback_id   TEXT REFERENCES callbacks (id) ON DELETE SET NULL,
    PRIMARY KEY (account_id, upsell_id)
) WITHOUT ROWID;

-- A callback request's topic: 'callback' (the customer's "Rückruf anfordern") or 'upsell' (an
-- interest; phone then '' when the profile has none, note the upsell's title).
ALTER TABLE callbacks ADD COLUMN topic TEXT NOT NULL DEFAULT 'callback' CHECK (topic IN ('callback', 'upsell'));

-- A fresh install has a roadmap: six published stages and three upsells, in German (the agency
-- edits them in the admin area), as of a fixed instant. The ids are what the checklist sheet's
-- `stage` column names.
INSERT INTO roadmap_stages (id, title, description, position, actor, now_text, completes_by, status, created_at,
                            updated_at, published_at)
VALUES
    ('approval', 'Konto freigegeben', 'Die Agentur hat Ihr Konto geprüft und freigeschaltet.', 1, 'agency',
     'Die Agentur prüft Ihre Anmeldung', 'approval', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('checklist', 'Checkliste ausgefüllt', 'Alle Angaben, die die Agentur für Ihre Kampagne braucht.', 2,
     'customer', 'Sie füllen die Onboarding-Checkliste aus', 'checklist', 'published',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z'),
    ('videos', 'Videos angesehen', 'Die Pflichtvideos zeigen, wie Ihre Kampagne arbeitet.', 3, 'customer',
     'Sie sehen die Pflichtvideos an', 'videos', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('landing_page', 'Landingpage erstellt', 'Ihre Landingpage ist online.', 4, 'agency',
     'Die Agentur erstellt Ihre Landingpage', 'admin', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('ads', 'Werbeanzeigen geschaltet', 'Ihre Anzeigen laufen.', 5, 'agency',
     'Die Agentur richtet Ihre Werbeanzeigen ein', 'admin', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('first_leads', 'Erste Leads', 'Die ersten Anfragen sind da.', 6, 'agency',
     'Ihre Anzeigen sammeln die ersten Leads', 'first_leads', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z');

INSERT INTO roadmap_published_stages (id, title, description, position, actor, now_text, completes_by, item_ids)
SELECT id, title, description, position, actor, now_text, completes_by, item_ids FROM roadmap_stages;

INSERT INTO roadmap_upsells (id, title, body, cta, url, stage_ids, status, created_at, updated_at, published_at)
VALUES
    ('whatsapp_bot', 'WhatsApp-Bot', 'Beantwortet Anfragen Ihrer Leads rund um die Uhr, auch am Wochenende.',
     'Interesse', NULL, '["ads"]', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('cms', 'CMS-System', 'Pflegen Sie Texte und Bilder Ihrer Landingpage selbst, ohne auf die Agentur zu warten.',
     'Interesse', NULL, '["landing_page"]', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z'),
    ('webinars', 'Webinare', 'Live-Webinare zu Anzeigen, Leads und Vertrieb: lernen Sie mit anderen Kunden.',
     'Interesse', NULL, '["checklist","videos"]', 'published', '2026-12-06T00:00:00Z',
     '2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z');

INSERT INTO roadmap_published_upsells (id, title, body, cta, url, stage_ids)
SELECT id, title, body, cta, url, stage_ids FROM roadmap_upsells;
