-- Senior officials' self-integrity assessment: one a year, opened by HR on a bank of OX statements
-- (an assigned-only quiz), assigned to every senior official in active employment.

CREATE TABLE self_assessment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  assessment_year INT NOT NULL,
  -- The bank: the key of an assigned-only quiz. Attempts at it started from opened_at until
  -- closed_at (or now) are this assessment's.
  quiz_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  due_date DATE NOT NULL,
  -- Training minutes a pass credits in the hours ledger; 0 (the default) credits nothing.
  credit_minutes INT NOT NULL DEFAULT 0,
  opened_at DATETIME(3) NOT NULL,
  opened_by VARCHAR(100) NOT NULL,
  closed_at DATETIME(3) NULL,
  -- The bank while the assessment is open, NULL once closed: the unique key lets one assessment at
  -- a time use a bank, however many HR people open one at the same moment.
  open_quiz_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_self_assessment_year UNIQUE (assessment_year),
  CONSTRAINT uq_self_assessment_open_bank UNIQUE (open_quiz_key),
  INDEX ix_self_assessment_quiz (quiz_key, opened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who the assessment is assigned to, and since when: the senior officials when it was opened, and
-- those who became one later, the first time their quizzes or HR's report were read.
CREATE TABLE self_assessment_assignee (
  assessment_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  assigned_at DATETIME(3) NOT NULL,
  PRIMARY KEY (assessment_id, employee_id),
  CONSTRAINT fk_assignee_assessment FOREIGN KEY (assessment_id) REFERENCES self_assessment (id),
  CONSTRAINT fk_assignee_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_assignee_employee (employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The senior officials in active employment (people's EmployeeRecords.activeSeniorOfficials), found
-- among 100,000 employees without reading them all.
CREATE INDEX ix_employee_senior ON employee (senior_official, status);
