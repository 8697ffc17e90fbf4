-- Segregation of duties: an HR officer may not decide their own external-training claim, and nobody
-- may correct their own hours. A refused attempt is kept as a security event with what was tried
-- (the claim, or the correction's year and minutes); administrators see the latest ones.
ALTER TABLE security_event ADD COLUMN detail VARCHAR(200) NULL,
  ADD INDEX ix_security_event_kind (kind, occurred_at);
