-- People: the organisation tree, employees and their employment history; sign-in accounts.
-- One dialect: MySQL 8.0+ / MariaDB 10.11+. Times are stored in UTC.

CREATE TABLE org_unit (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code VARCHAR(40) NOT NULL,
  name_ko VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  parent_id BIGINT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_number VARCHAR(20) NOT NULL,
  name VARCHAR(50) NOT NULL,
  email VARCHAR(254) NULL,
  org_unit_id BIGINT NOT NULL,
  position VARCHAR(50) NULL,
  grade VARCHAR(50) NULL,
  senior_official BOOLEAN NOT NULL DEFAULT FALSE,
  hire_date DATE NOT NULL,
  employment_type VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  status_since DATE NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_employee_number UNIQUE (employee_number),
  CONSTRAINT fk_employee_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  INDEX ix_employee_unit (org_unit_id),
  INDEX ix_employee_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The employment status history: one row per period; the open period has no end date.
CREATE TABLE employment_period (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_period_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_period_employee (employee_id, start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT,
  username VARCHAR(64) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  employee_id BIGINT NULL,
  failed_attempts INT NOT NULL DEFAULT 0,
  locked_until DATETIME(3) NULL,
  preferred_locale VARCHAR(8) NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT uq_account_employee UNIQUE (employee_id),
  CONSTRAINT fk_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id BIGINT NOT NULL,
  role VARCHAR(16) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sign-in events kept for audit: failures, lock-outs, refusals while locked, sign-ins.
CREATE TABLE security_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(3) NOT NULL,
  username VARCHAR(64) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  remote_address VARCHAR(64) NULL,
  PRIMARY KEY (id),
  INDEX ix_security_event_user (username, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roster imports: one row per uploaded file, its progress and outcome; its problems by line.
CREATE TABLE roster_import (
  id BIGINT NOT NULL AUTO_INCREMENT,
  file_name VARCHAR(255) NOT NULL,
  charset_name VARCHAR(32) NULL,
  state VARCHAR(16) NOT NULL,
  total_rows INT NOT NULL DEFAULT 0,
  processed_rows INT NOT NULL DEFAULT 0,
  created_count INT NOT NULL DEFAULT 0,
  updated_count INT NOT NULL DEFAULT 0,
  unchanged_count INT NOT NULL DEFAULT 0,
  problem_count INT NOT NULL DEFAULT 0,
  failure VARCHAR(1000) NULL,
  started_by VARCHAR(64) NOT NULL,
  started_at DATETIME(3) NOT NULL,
  finished_at DATETIME(3) NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roster_import_problem (
  id BIGINT NOT NULL AUTO_INCREMENT,
  import_id BIGINT NOT NULL,
  line_number INT NOT NULL,
  column_name VARCHAR(64) NULL,
  message_key VARCHAR(64) NOT NULL,
  message_args VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_problem_import FOREIGN KEY (import_id) REFERENCES roster_import (id),
  INDEX ix_problem_import (import_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
