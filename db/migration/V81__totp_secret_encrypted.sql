-- TOTP secrets are stored encrypted (ADR 0161): "v1:" + Base64(nonce, AES-256-GCM ciphertext, tag), 83 characters
-- for a 32-character Base32 secret. The rows stored in clear before are encrypted by the application at start
-- (TotpSecretEncryptionAtStart), which holds the key; the migration cannot.
alter table user_account alter column totp_secret type varchar(200);
