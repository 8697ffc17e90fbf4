-- The hours ledger: every credited minute as an entry of an append-only hash chain, the head of the
-- chain, and the totals per employee and training year that pages and reports read.
-- How an entry's hash is computed: ledger/entity/EntryContent.java; the threat model: README.md.

-- An entry is written once and never changed or removed (the triggers below refuse both to every
-- database user, the application's included); a correction is a new entry with its reason.
-- seq_no numbers the chain without gaps; previous_hash and entry_hash link each entry to the one
-- before it. One source (a quiz credit, a module, a session, ...) credits one employee once: the
-- unique key decides between retries and racing instances.
CREATE TABLE ledger_entry (
  id BIGINT NOT NULL AUTO_INCREMENT,
  seq_no BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  minutes INT NOT NULL,
  kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  source_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  occurred_at DATETIME(3) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  recorded_by VARCHAR(64) NOT NULL,
  reason VARCHAR(1000) NULL,
  previous_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  entry_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ledger_seq UNIQUE (seq_no),
  CONSTRAINT uq_ledger_source UNIQUE (source_key, employee_id),
  CONSTRAINT fk_ledger_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_ledger_employee_year (employee_id, training_year, seq_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- MySQL and MariaDB cannot take UPDATE and DELETE on one table away from a user who holds them on
-- the whole schema, so the table refuses them itself. Removing a trigger needs the TRIGGER
-- privilege, which the application's user does not have (deployment/database/create-database.sql).
-- REPLACE and INSERT ... ON DUPLICATE KEY UPDATE fire these triggers too; TRUNCATE needs DROP.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'ledger_entry is append-only: an entry cannot be changed, append a correction';

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'ledger_entry is append-only: an entry cannot be removed, append a correction';

-- The one row every append locks (SELECT ... FOR UPDATE), so appends from every instance form one
-- chain: the last sequence number and hash. Sequence 0 with 64 zeros is the empty chain.
CREATE TABLE ledger_head (
  id TINYINT NOT NULL,
  seq_no BIGINT NOT NULL,
  entry_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  updated_at DATETIME(3) NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ledger_head (id, seq_no, entry_hash, updated_at) VALUES (1, 0, REPEAT('0', 64), NULL);

-- Credited minutes per employee and training year, changed in the transaction of each entry.
-- Online minutes are module_minutes + quiz_minutes; corrections are signed.
CREATE TABLE ledger_total (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  total_minutes INT NOT NULL DEFAULT 0,
  module_minutes INT NOT NULL DEFAULT 0,
  quiz_minutes INT NOT NULL DEFAULT 0,
  in_person_minutes INT NOT NULL DEFAULT 0,
  external_minutes INT NOT NULL DEFAULT 0,
  correction_minutes INT NOT NULL DEFAULT 0,
  entry_count INT NOT NULL DEFAULT 0,
  last_credit_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ledger_total UNIQUE (employee_id, training_year),
  CONSTRAINT fk_ledger_total_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_ledger_total_year (training_year, employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
