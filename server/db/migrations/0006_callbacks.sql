-- Callback requests ("Rückruf anfordern", issue 16) and their transactional outbox.

-- One request of a customer. `status` is what the admin decided: open (the answer then says
-- queued or delivered, by the deliveries below), called_back or closed. phone is E.164.
CREATE TABLE callbacks (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    phone      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'called_back', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Newest first per customer (the customer's list, the per-hour limit) and over all (the inbox).
CREATE INDEX callbacks_by_account ON callbacks (account_id, created_at);
CREATE INDEX callbacks_by_status ON callbacks (status);

-- The outbox: one row per channel that was on when the request came, written in the request's
-- own transaction, so a request is never stored without its deliveries nor the other way round.
-- delivery_key is stable across attempts and goes with every message (webhook Idempotency-Key,
-- the ref at the end of a Telegram text), so a receiver recognises a repeat after a crash.
-- next_attempt_at (RFC 3339 with milliseconds, compared as text) is set while pending: the
-- delivery job claims a row by moving it into the future before it sends, so a server killed
-- while sending sends again once that time has come (at least once per channel).
CREATE TABLE callback_deliveries (
    id              INTEGER PRIMARY KEY,
    callback_id     TEXT NOT NULL REFERENCES callbacks (id) ON DELETE CASCADE,
    channel         TEXT NOT NULL CHECK (channel IN ('telegram', 'whatsapp', 'webhook')),
    delivery_key    TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    delivered_at    TEXT,
    UNIQUE (callback_id, channel)
);

CREATE INDEX callback_deliveries_due ON callback_deliveries (next_attempt_at) WHERE state = 'pending';
