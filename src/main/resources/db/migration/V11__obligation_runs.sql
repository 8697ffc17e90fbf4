-- How far the recomputation of a year's obligations has got, for the settings page of every
-- instance. One row per year: a new run replaces the row, and only the run named in it may move its
-- counter, so two instances recomputing at once show one sensible figure.
CREATE TABLE obligation_run (
  training_year INT NOT NULL,
  run_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  started_by VARCHAR(64) NOT NULL,
  started_at DATETIME(3) NOT NULL,
  total_employees INT NOT NULL,
  done_employees INT NOT NULL,
  finished_at DATETIME(3) NULL,
  PRIMARY KEY (training_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
