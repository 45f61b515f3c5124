-- Data of schema version 2 (0002_profile_and_idempotency.sql): an approved customer with a
-- picture and a kept idempotent answer, and an admin. 0003 adds the checklist's tables beside
-- them: the accounts stay as they were, and no customer has a checklist yet.
INSERT INTO accounts (id, email, username, name, company, phone, password_hash, role, status, rejection_reason,
                      referral_code, referred_by, referral_source, created_at, decided_at, decided_by,
                      avatar_sha256, avatar_type, updated_at)
VALUES
  ('acc_admin', 'admin@agentur.de', NULL, 'Administrator', 'Agentur', NULL, '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'admin', 'approved', NULL, 'ADMIN001', NULL, NULL, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', NULL,
   NULL, NULL, NULL),
  ('acc_anna', 'anna@firma.de', 'anna', 'Anna Schmidt', 'Schmidt GmbH', '+4930123456', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA',
   'customer', 'approved', NULL, 'ANNA0001', NULL, 'Messe', '2026-02-01T10:00:00Z', '2026-02-02T08:30:00Z', 'acc_admin',
   'a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071', 'image/jpeg', '2026-02-03T11:00:00Z');

INSERT INTO idempotent_replies (account_id, key, request, status, content_type, body, created_at)
VALUES ('acc_anna', 'key-1', 'PATCH /api/v1/me 1f2e', 200, 'application/json', '{"id":"acc_anna"}', '2026-02-03T11:00:00Z');
