-- Data of schema version 7 (0007_messenger.sql): accounts.referred_by still holds who brought
-- whom. 0008 moves every binding to referral_attributions (via 'code', attributed when the
-- account was created) and drops the column: a customer brought by another, a pending one
-- brought by a customer who was brought too (a chain), one brought by nobody, and an old row that
-- names itself (no binding at all: an account cannot have brought itself).
INSERT INTO accounts (id, email, username, name, company, phone, password_hash, role, status, rejection_reason,
                      referral_code, referred_by, referral_source, created_at, decided_at, decided_by,
                      avatar_sha256, avatar_type, updated_at)
VALUES
  ('acc_admin', 'admin@agentur.de', NULL, 'Administrator', 'Agentur', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'admin', 'approved', NULL, 'ADMIN001', NULL, NULL, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', NULL,
   NULL, NULL, NULL),
  ('acc_anna', 'anna@firma.de', NULL, 'Anna Schmidt', 'Schmidt GmbH', '+4930123456', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'approved', NULL, 'ANNA0001', NULL, 'Messe', '2026-02-01T10:00:00Z', '2026-02-02T08:30:00Z', 'acc_admin',
   NULL, NULL, NULL),
  ('acc_bert', 'bert@firma.de', NULL, 'Bert Braun', 'Braun KG', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'approved', NULL, 'BERT0001', 'acc_anna', 'Empfehlung', '2026-03-01T12:00:00Z', '2026-03-02T08:00:00Z',
   'acc_admin', NULL, NULL, NULL),
  ('acc_carl', 'carl@firma.de', NULL, 'Carl Clausen', 'Clausen AG', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'pending', NULL, 'CARL0001', 'acc_bert', NULL, '2026-04-01T12:00:00Z', NULL, NULL, NULL, NULL, NULL),
  ('acc_selb', 'selbst@firma.de', NULL, 'Selma Selb', 'Selb GmbH', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'rejected', 'Test', 'SELB0001', 'acc_selb', NULL, '2026-04-02T12:00:00Z', '2026-04-03T12:00:00Z',
   'acc_admin', NULL, NULL, NULL);
