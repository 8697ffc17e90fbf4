-- Compliance: the yearly requirement and every change to it, what each employee owes in a year,
-- the monthly totals behind the progress chart, follow-up training and the integrity alerts sent.
-- One dialect: MySQL 8.0+ / MariaDB 10.11+. Times are stored in UTC.

-- The target and the legal floor of a training year (years without a row use 300 and 120 minutes),
-- and how the integrity alerts of that year's follow-up training are sent.
CREATE TABLE requirement_year (
  training_year INT NOT NULL,
  target_minutes INT NOT NULL,
  floor_minutes INT NOT NULL,
  alert_days_before INT NOT NULL DEFAULT 7,
  alert_unit_head BOOLEAN NOT NULL DEFAULT FALSE,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (training_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A different target and floor for a group of employees in a year. group_kind is SENIOR_OFFICIAL
-- (group_value empty), GRADE (group_value the grade as on the roster) or EMPLOYMENT_TYPE
-- (REGULAR, FIXED_TERM, CONTRACT).
CREATE TABLE requirement_override (
  id BIGINT NOT NULL AUTO_INCREMENT,
  training_year INT NOT NULL,
  group_kind VARCHAR(24) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  group_value VARCHAR(50) NOT NULL DEFAULT '',
  target_minutes INT NOT NULL,
  floor_minutes INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_requirement_override UNIQUE (training_year, group_kind, group_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to the requirement: who, when, what, before and after. Never updated.
CREATE TABLE requirement_change (
  id BIGINT NOT NULL AUTO_INCREMENT,
  training_year INT NOT NULL,
  changed_by VARCHAR(64) NOT NULL,
  changed_at DATETIME(3) NOT NULL,
  subject VARCHAR(120) NOT NULL,
  before_value VARCHAR(200) NULL,
  after_value VARCHAR(200) NULL,
  PRIMARY KEY (id),
  INDEX ix_requirement_change_year (training_year, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Newly promoted officials owe a face-to-face session in the year of their promotion.
ALTER TABLE employee ADD COLUMN promoted_on DATE NULL;

-- The head of a unit may be told about overdue follow-up training of the unit's people.
ALTER TABLE org_unit ADD COLUMN head_employee_id BIGINT NULL,
  ADD CONSTRAINT fk_org_unit_head FOREIGN KEY (head_employee_id) REFERENCES employee (id);

-- What an employee owes in a training year under the rule of compliance.control.OwedMinutes, kept
-- up to date when the employee, the requirement or the roster changes. One row for everyone
-- employed on any day of the year; owed_minutes = 0 means nothing is owed (e.g. on leave all year).
-- org_unit_id is the employee's unit and credited_minutes the year's ledger_total, copied here so
-- the gap report reads one table through its indexes: ledger.control.Ledger adds each entry's
-- minutes in the entry's transaction, and compliance.control.ObligationChunks copies the total
-- under a shared lock of ledger_total when it writes a row. missing_minutes and standing (0 target
-- met, 1 floor only, 2 below the floor, 3 nothing owed; compliance.control.Standing) follow.
CREATE TABLE obligation (
  training_year INT NOT NULL,
  employee_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  owed_minutes INT NOT NULL,
  floor_minutes INT NOT NULL,
  credited_minutes INT NOT NULL DEFAULT 0,
  missing_minutes INT AS (GREATEST(owed_minutes - credited_minutes, 0)) STORED,
  standing TINYINT AS (CASE WHEN owed_minutes <= 0 THEN 3 WHEN credited_minutes >= owed_minutes
    THEN 0 WHEN credited_minutes >= floor_minutes THEN 1 ELSE 2 END) STORED,
  counted_days INT NOT NULL,
  face_to_face_required BOOLEAN NOT NULL,
  computed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (training_year, employee_id),
  CONSTRAINT fk_obligation_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_obligation_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_obligation_employee (employee_id),
  INDEX ix_obligation_unit (training_year, org_unit_id, owed_minutes, floor_minutes,
    credited_minutes, face_to_face_required),
  INDEX ix_obligation_missing (training_year, missing_minutes),
  INDEX ix_obligation_standing (training_year, standing),
  INDEX ix_obligation_credited (training_year, credited_minutes),
  INDEX ix_obligation_owed (training_year, owed_minutes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Credited minutes per training year, month (Korea time, of when the training happened) and the
-- unit the employee belonged to when it was credited; kept in the transaction of each ledger entry.
CREATE TABLE ledger_month_total (
  training_year INT NOT NULL,
  month_no TINYINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  minutes BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (training_year, month_no, org_unit_id),
  CONSTRAINT fk_month_total_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ledger_month_total (training_year, month_no, org_unit_id, minutes)
SELECT l.training_year,
       CASE
         WHEN YEAR(DATE_ADD(l.occurred_at, INTERVAL 9 HOUR)) < l.training_year THEN 1
         WHEN YEAR(DATE_ADD(l.occurred_at, INTERVAL 9 HOUR)) > l.training_year THEN 12
         ELSE MONTH(DATE_ADD(l.occurred_at, INTERVAL 9 HOUR))
       END AS month_no,
       e.org_unit_id, SUM(l.minutes)
  FROM ledger_entry l JOIN employee e ON e.id = l.employee_id
 GROUP BY 1, 2, 3;

-- Gap-filling training HR assigned to an employee: one module or one session, with a due date.
-- item_key is 'module:<id>' or 'session:<id>', so the same training is assigned once a year.
-- The state is not stored: done when the module is completed in the year or the session attended,
-- in progress when a lesson was seen or the employee is registered, overdue after the due date.
CREATE TABLE follow_up_assignment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  module_id BIGINT NULL,
  session_id BIGINT NULL,
  item_key VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  minutes INT NOT NULL,
  due_date DATE NOT NULL,
  assigned_by VARCHAR(64) NOT NULL,
  assigned_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_assignment_once UNIQUE (employee_id, training_year, item_key),
  CONSTRAINT fk_assignment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_assignment_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT fk_assignment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  INDEX ix_assignment_due (training_year, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every integrity alert: claimed by inserting this row before sending, so the unique key lets one
-- instance send each alert (assignment, stage, recipient) once. stage is BEFORE, ON or AFTER the
-- due date; recipient is EMPLOYEE or UNIT_HEAD; state is CLAIMED, SENT, FAILED or NO_ADDRESS.
CREATE TABLE integrity_alert (
  id BIGINT NOT NULL AUTO_INCREMENT,
  assignment_id BIGINT NOT NULL,
  stage VARCHAR(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recipient VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  address VARCHAR(254) NULL,
  locale VARCHAR(8) NOT NULL,
  state VARCHAR(12) NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  claimed_at DATETIME(3) NOT NULL,
  sent_at DATETIME(3) NULL,
  failure VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_alert_once UNIQUE (assignment_id, stage, recipient),
  CONSTRAINT fk_alert_assignment FOREIGN KEY (assignment_id) REFERENCES follow_up_assignment (id),
  INDEX ix_alert_claimed (claimed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
