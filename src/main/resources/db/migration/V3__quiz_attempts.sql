-- Quiz attempts: one row per attempt, on the quiz version it was started on; each answer is its own
-- small row, written the moment it is given; a passed quiz that credits minutes is recorded once.

CREATE TABLE quiz_attempt (
  id BIGINT NOT NULL AUTO_INCREMENT,
  quiz_id BIGINT NOT NULL,
  quiz_version_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  attempt_no INT NOT NULL,
  seed BIGINT NOT NULL,
  statement_order VARCHAR(4000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  started_at DATETIME(3) NOT NULL,
  deadline_at DATETIME(3) NULL,
  finished_at DATETIME(3) NULL,
  right_count INT NULL,
  total INT NOT NULL,
  passed BOOLEAN NULL,
  -- 1 while the attempt is open, NULL once finished: the unique key below allows one open attempt
  -- per person and quiz, however many tabs or instances start one at the same moment.
  open_marker TINYINT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_attempt_no UNIQUE (quiz_id, employee_id, attempt_no),
  CONSTRAINT uq_attempt_open UNIQUE (quiz_id, employee_id, open_marker),
  CONSTRAINT fk_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
  CONSTRAINT fk_attempt_version FOREIGN KEY (quiz_version_id) REFERENCES quiz_version (id),
  CONSTRAINT fk_attempt_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_attempt_employee (employee_id, quiz_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An answer is final once given (the learner then sees the correct one): the unique key keeps the
-- first answer even when a retry or a second tab sends another.
CREATE TABLE quiz_answer (
  id BIGINT NOT NULL AUTO_INCREMENT,
  attempt_id BIGINT NOT NULL,
  statement_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  answer BOOLEAN NOT NULL,
  answered_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_answer UNIQUE (attempt_id, statement_key),
  CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Minutes earned by passing a quiz, once per quiz, person and training year; the hours ledger
-- takes them from here.
CREATE TABLE quiz_credit (
  id BIGINT NOT NULL AUTO_INCREMENT,
  quiz_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  attempt_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  minutes INT NOT NULL,
  credited_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_credit_attempt UNIQUE (attempt_id),
  CONSTRAINT uq_credit_once UNIQUE (quiz_id, employee_id, training_year),
  CONSTRAINT fk_credit_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
