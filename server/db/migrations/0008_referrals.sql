-- The partner program (issue 17): clicks on partner links, who brought each account and how,
-- and the admins' corrections.
--
-- One source of truth for "who brought whom": referral_attributions. accounts.referred_by, which
-- held the partner until now, moves there (via 'code': a code given at registration, the only way
-- there was) and is dropped, so no second copy can disagree.

-- A click on <public_url>/r/<code>. id is random (128 bits, base64url) and travels in the landing
-- page's app link. address_hash is HMAC-SHA256 (hex) of the client's address bucket (an IPv6
-- /64) under a key that stays on the server (<data_dir>/referral-address.key): the raw address
-- is never stored. The utm fields are normalised text of at most 200 characters; referrer is the
-- host of the Referer header only. Instants are RFC 3339 UTC with milliseconds, so two clicks
-- within one second keep their order.
CREATE TABLE referral_clicks (
    id           TEXT PRIMARY KEY,
    partner_id   TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    clicked_at   TEXT NOT NULL,
    address_hash TEXT NOT NULL,
    utm_source   TEXT,
    utm_medium   TEXT,
    utm_campaign TEXT,
    referrer     TEXT
);

-- The evidence at registration (every click from one address within the window) and the
-- reload check (the same address and code within 30 minutes).
CREATE INDEX referral_clicks_by_address ON referral_clicks (address_hash, clicked_at);
-- A partner's click count.
CREATE INDEX referral_clicks_by_partner ON referral_clicks (partner_id);

-- Who brought an account, one row per referred account: via 'link' (a click within the window,
-- click_id), 'code' (the code alone) or 'admin' (an admin's correction). Written in the
-- registration's own transaction; changed afterwards only by an admin.
CREATE TABLE referral_attributions (
    account_id    TEXT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    partner_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    via           TEXT NOT NULL CHECK (via IN ('link', 'code', 'admin')),
    click_id      TEXT REFERENCES referral_clicks (id) ON DELETE SET NULL,
    attributed_at TEXT NOT NULL,
    CHECK (partner_id <> account_id),
    CHECK (click_id IS NULL OR via = 'link')
);

CREATE INDEX referral_attributions_by_partner ON referral_attributions (partner_id);

-- An admin's correction of who brought an account, newest last; from/to NULL is "nobody".
-- The original attribution is not a row here (it is the attribution itself until corrected).
CREATE TABLE referral_changes (
    id              TEXT PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    changed_at      TEXT NOT NULL,
    from_partner_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    to_partner_id   TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    reason          TEXT NOT NULL,
    admin_id        TEXT REFERENCES accounts (id) ON DELETE SET NULL
);

CREATE INDEX referral_changes_by_account ON referral_changes (account_id, changed_at);

-- Existing referred accounts keep their partner, via the code they gave at registration.
INSERT INTO referral_attributions (account_id, partner_id, via, click_id, attributed_at)
SELECT id, referred_by, 'code', NULL, created_at FROM accounts
WHERE referred_by IS NOT NULL AND referred_by <> id;

ALTER TABLE accounts DROP COLUMN referred_by;
