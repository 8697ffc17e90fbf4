-- Confirming follow-up training for many people runs in the background, a few hundred people per
-- transaction; this row is its progress, read by whichever instance the HR page's poll reaches.
CREATE TABLE follow_up_job (
  id BIGINT NOT NULL AUTO_INCREMENT,
  training_year INT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  state VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  total_people INT NOT NULL,
  done_people INT NOT NULL DEFAULT 0,
  created_count INT NOT NULL DEFAULT 0,
  full_count INT NOT NULL DEFAULT 0,
  started_at DATETIME(3) NOT NULL,
  finished_at DATETIME(3) NULL,
  failure VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  INDEX ix_follow_up_job_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
