-- Data of schema version 8 (0008_referrals.sql): callback requests filed before 0009. 0009 adds
-- the roadmap's tables (seeded with six published stages and three upsells) and gives every
-- callback request the topic 'callback': an open one with a note and its delivery, and a closed
-- one without a note.
INSERT INTO accounts (id, email, username, name, company, phone, password_hash, role, status, rejection_reason,
                      referral_code, referral_source, created_at, decided_at, decided_by, avatar_sha256, avatar_type,
                      updated_at)
VALUES
  ('acc_admin', 'admin@agentur.de', NULL, 'Administrator', 'Agentur', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'admin', 'approved', NULL, 'ADMIN001', NULL, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', NULL, NULL, NULL, NULL),
  ('acc_anna', 'anna@firma.de', NULL, 'Anna Schmidt', 'Schmidt GmbH', '+4930123456', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'approved', NULL, 'ANNA0001', 'Messe', '2026-02-01T10:00:00Z', '2026-02-02T08:30:00Z', 'acc_admin',
   NULL, NULL, NULL);
INSERT INTO callbacks (id, account_id, phone, note, status, created_at, updated_at)
VALUES
  ('cb_open', 'acc_anna', '+4930123456', 'Bitte nachmittags', 'open', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'),
  ('cb_closed', 'acc_anna', '+4930123456', '', 'closed', '2026-02-10T10:00:00Z', '2026-02-11T09:00:00Z');
INSERT INTO callback_deliveries (callback_id, channel, delivery_key, state, attempts, next_attempt_at)
VALUES ('cb_open', 'telegram', 'KEY000000001', 'pending', 1, '2026-03-01T10:00:05.000Z');
