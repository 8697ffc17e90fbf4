-- Integrity surveys (survey component): the survey files' versions, the rounds HR opens, who may
-- answer and whether they did, the anonymous responses, and the external respondents' codes.
--
-- Anonymity against whoever reads these tables (README, "Integrity surveys", threat model): the
-- fact that someone answered (survey_participant, survey_code) and the answers (survey_response,
-- survey_answer) share no column. A response's key is 16 random bytes, so neither its key nor
-- InnoDB's order of rows (clustered by that key) tells when it came; it has no time column and no
-- auto-increment. Its unit is the respondent's unit, moved up to a parent when the round closes
-- where fewer than 5 answered.

CREATE TABLE survey_version (
  id BIGINT NOT NULL AUTO_INCREMENT,
  survey_key VARCHAR(40) NOT NULL,
  version_no INT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  title_ko VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NOT NULL,
  source_file VARCHAR(200) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  definition MEDIUMTEXT NOT NULL,
  loaded_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_survey_version UNIQUE (survey_key, version_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One round of a survey a year, on the version it was opened with.
CREATE TABLE survey_round (
  id BIGINT NOT NULL AUTO_INCREMENT,
  survey_key VARCHAR(40) NOT NULL,
  survey_version_id BIGINT NOT NULL,
  survey_year SMALLINT NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  eligible_count INT NOT NULL,
  opened_by VARCHAR(64) NOT NULL,
  opened_at DATETIME(3) NOT NULL,
  closed_at DATETIME(3) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_survey_round UNIQUE (survey_key, survey_year),
  CONSTRAINT fk_survey_round_version FOREIGN KEY (survey_version_id) REFERENCES survey_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The employees a round asks (eligible on its start date), whether they answered (for the
-- response rate and the reminders) and the last reminder stage sent. No time, no link to answers.
CREATE TABLE survey_participant (
  round_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  responded BOOLEAN NOT NULL DEFAULT FALSE,
  reminded_stage TINYINT NOT NULL DEFAULT 0,
  PRIMARY KEY (round_id, employee_id),
  CONSTRAINT fk_survey_participant_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
  CONSTRAINT fk_survey_participant_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_survey_participant_unit (round_id, org_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- External respondents' one-time codes: only the SHA-256 of the code is kept, so the table does
-- not let anyone answer; the group is the kind of dealing (construction, procurement, ...).
CREATE TABLE survey_code (
  code_hash BINARY(32) NOT NULL,
  round_id BIGINT NOT NULL,
  respondent_group VARCHAR(16) NOT NULL,
  used BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (code_hash),
  CONSTRAINT fk_survey_code_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
  INDEX ix_survey_code_round (round_id, respondent_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A submitted response: a random key, the round, the unit (internal) or group (external), nothing
-- else. Responses are never removed.
CREATE TABLE survey_response (
  id BINARY(16) NOT NULL,
  round_id BIGINT NOT NULL,
  org_unit_id BIGINT NULL,
  respondent_group VARCHAR(16) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_survey_response_round FOREIGN KEY (round_id) REFERENCES survey_round (id),
  INDEX ix_survey_response_unit (round_id, org_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER survey_response_no_delete BEFORE DELETE ON survey_response FOR EACH ROW
  SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'survey_response is kept: a sent response cannot be removed';

-- The answers of a response, one row per item (its number in the survey version).
CREATE TABLE survey_answer (
  response_id BINARY(16) NOT NULL,
  item_no SMALLINT NOT NULL,
  answer TINYINT NOT NULL,
  PRIMARY KEY (response_id, item_no),
  CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER survey_answer_no_update BEFORE UPDATE ON survey_answer FOR EACH ROW
  SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'survey_answer is final: a sent answer cannot be changed';

CREATE TRIGGER survey_answer_no_delete BEFORE DELETE ON survey_answer FOR EACH ROW
  SIGNAL SQLSTATE '45000'
  SET MESSAGE_TEXT = 'survey_answer is final: a sent answer cannot be removed';
