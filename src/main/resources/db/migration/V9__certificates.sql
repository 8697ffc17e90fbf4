-- Training certificates: issued once an employee's credited minutes of a year reach the target,
-- each with a code anyone can check on the public verification page. A certificate is written
-- once: more minutes later make a new certificate (the unique key), never a changed one.
CREATE TABLE certificate (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code CHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  total_minutes INT NOT NULL,
  online_minutes INT NOT NULL,
  in_person_minutes INT NOT NULL,
  external_minutes INT NOT NULL,
  target_minutes INT NOT NULL,
  issued_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_certificate_code UNIQUE (code),
  CONSTRAINT uq_certificate_once UNIQUE (employee_id, training_year, total_minutes),
  CONSTRAINT fk_certificate_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
