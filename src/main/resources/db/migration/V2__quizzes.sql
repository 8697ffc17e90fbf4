-- Quizzes: each quiz keeps every version it ever had. A version is written once and never changed,
-- so an attempt can refer to quiz_version.id and always show what the person answered.
-- Ids and hashes are ASCII and compared exactly (graft-act is not Graft-Act).

CREATE TABLE quiz (
  id BIGINT NOT NULL AUTO_INCREMENT,
  quiz_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  current_version_id BIGINT NULL,
  published BOOLEAN NOT NULL DEFAULT TRUE,
  audience_all BOOLEAN NOT NULL DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_key UNIQUE (quiz_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The unique keys are what keeps two instances loading the same file at once from writing the
-- same version twice: the second insert fails and the loser knows another instance did it.
CREATE TABLE quiz_version (
  id BIGINT NOT NULL AUTO_INCREMENT,
  quiz_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  content_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  source MEDIUMTEXT NOT NULL,
  origin VARCHAR(16) NOT NULL,
  category VARCHAR(255) NULL,
  title_ko VARCHAR(255) NOT NULL,
  title_en VARCHAR(255) NOT NULL,
  pass_mark_percent INT NOT NULL,
  credit_minutes INT NOT NULL,
  attempts_allowed INT NOT NULL,
  draw_count INT NOT NULL,
  shuffle BOOLEAN NOT NULL,
  time_limit_minutes INT NOT NULL,
  available_from DATE NULL,
  available_until DATE NULL,
  created_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_version_no UNIQUE (quiz_id, version_no),
  CONSTRAINT uq_quiz_version_content UNIQUE (quiz_id, content_sha256),
  CONSTRAINT fk_quiz_version_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE quiz
  ADD CONSTRAINT fk_quiz_current_version FOREIGN KEY (current_version_id) REFERENCES quiz_version (id);

-- The English texts are in the format of their Korean counterparts, so one format per text.
CREATE TABLE quiz_statement (
  id BIGINT NOT NULL AUTO_INCREMENT,
  quiz_version_id BIGINT NOT NULL,
  statement_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  position INT NOT NULL,
  correct BOOLEAN NOT NULL,
  text_format VARCHAR(16) NOT NULL,
  text_ko TEXT NOT NULL,
  text_en TEXT NOT NULL,
  wrong_format VARCHAR(16) NULL,
  wrong_ko TEXT NULL,
  wrong_en TEXT NULL,
  right_format VARCHAR(16) NULL,
  right_ko TEXT NULL,
  right_en TEXT NULL,
  explanation_format VARCHAR(16) NULL,
  explanation_ko TEXT NULL,
  explanation_en TEXT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_quiz_statement_key UNIQUE (quiz_version_id, statement_key),
  CONSTRAINT fk_quiz_statement_version FOREIGN KEY (quiz_version_id) REFERENCES quiz_version (id),
  INDEX ix_quiz_statement_position (quiz_version_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units whose employees see a quiz when audience_all is FALSE.
CREATE TABLE quiz_audience_unit (
  quiz_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  PRIMARY KEY (quiz_id, org_unit_id),
  CONSTRAINT fk_audience_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
  CONSTRAINT fk_audience_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
