-- Data of schema version 1 (0001_accounts.sql): every status, a referral, a user name, a rejected
-- registration with its reason, sessions, and an email stored decomposed (NFD), as servers before
-- the NFC fix did; the server composes it at start.
INSERT INTO accounts (id, email, username, name, company, phone, password_hash, role, status, rejection_reason,
                      referral_code, referred_by, referral_source, created_at, decided_at, decided_by)
VALUES
  ('acc_admin', 'admin@agentur.de', NULL, 'Administrator', 'Agentur', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'admin', 'approved', NULL, 'ADMIN001', NULL, NULL, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', NULL),
  ('acc_anna', 'anna@firma.de', 'anna', 'Anna Schmidt', 'Schmidt GmbH', '+4930123456', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'approved', NULL, 'ANNA0001', NULL, 'Messe', '2026-02-01T10:00:00Z', '2026-02-02T08:30:00Z', 'acc_admin'),
  ('acc_jorg', 'jo' || char(0x308) || 'rg@firma.de', NULL, 'Jörg Müller', 'Müller KG', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'pending', NULL, 'JORG0001', 'acc_anna', 'Empfehlung', '2026-03-01T12:00:00Z', NULL, NULL),
  ('acc_rolf', 'rolf@firma.de', NULL, 'Rolf Rot', 'Rot AG', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'rejected', 'Keine Firma', 'ROLF0001', NULL, NULL, '2026-03-02T12:00:00Z', '2026-03-03T12:00:00Z', 'acc_admin');

INSERT INTO sessions (token_hash, account_id, created_at, expires_at)
VALUES
  ('aaaa', 'acc_anna', '2026-02-02T09:00:00Z', '2099-01-01T00:00:00Z'),
  ('bbbb', 'acc_jorg', '2026-03-01T12:00:00Z', '2099-01-01T00:00:00Z');
