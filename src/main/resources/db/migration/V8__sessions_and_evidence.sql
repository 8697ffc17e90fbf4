-- In-person sessions and external evidence. Each credit-worthy fact is recorded exactly once here
-- (attendance by its unique key, an approval by the claim's conditional change of state); the hours
-- ledger credits the minutes in the same transaction as that one winning write.

CREATE TABLE training_session (
  id BIGINT NOT NULL AUTO_INCREMENT,
  title_ko VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NOT NULL,
  starts_at DATETIME(3) NOT NULL,
  duration_minutes INT NOT NULL,
  place VARCHAR(200) NOT NULL,
  capacity INT NOT NULL,
  -- Seats taken, kept with every registration and cancellation: the conditional update of this
  -- counter is what stops two last-seat registrations from overbooking.
  registered INT NOT NULL DEFAULT 0,
  face_to_face BOOLEAN NOT NULL,
  published BOOLEAN NOT NULL,
  -- Each instance derives the rotating check-in code from this secret and the clock alone.
  check_in_secret VARBINARY(32) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT ck_session_seats CHECK (registered >= 0),
  INDEX ix_session_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_registration (
  id BIGINT NOT NULL AUTO_INCREMENT,
  session_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  registered_at DATETIME(3) NOT NULL,
  registered_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_registration UNIQUE (session_id, employee_id),
  CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_registration_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_registration_employee (employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attendance is never deleted or changed: corrections belong to HR in the ledger.
CREATE TABLE session_attendance (
  id BIGINT NOT NULL AUTO_INCREMENT,
  session_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  minutes INT NOT NULL,
  method VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_attendance UNIQUE (session_id, employee_id),
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_attendance_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_attendance_employee (employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_claim (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_id BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  provider VARCHAR(200) NOT NULL,
  taken_on DATE NOT NULL,
  training_year INT NOT NULL,
  minutes INT NOT NULL,
  state VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  submitted_at DATETIME(3) NOT NULL,
  decided_at DATETIME(3) NULL,
  decided_by VARCHAR(100) NULL,
  reason VARCHAR(1000) NULL,
  certificate_name VARCHAR(255) NOT NULL,
  certificate_type VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  certificate_size INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_claim_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_claim_state (state, submitted_at),
  INDEX ix_claim_employee (employee_id, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certificate file apart from the claim, so lists of claims never read it (10 MiB at most).
CREATE TABLE evidence_certificate (
  claim_id BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  PRIMARY KEY (claim_id),
  CONSTRAINT fk_certificate_claim FOREIGN KEY (claim_id) REFERENCES evidence_claim (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
