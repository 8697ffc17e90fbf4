-- Units and employees marked with the duty areas prone to corruption they work in (issue 14).
-- An employee's duty areas are their own marks plus those of their unit and of every unit above
-- it: a unit's mark applies to all its sub-units. The people component writes both tables.

CREATE TABLE org_unit_duty_area (
  org_unit_id BIGINT NOT NULL,
  duty_area_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (org_unit_id, duty_area_code),
  CONSTRAINT fk_unit_area_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_unit_area_area FOREIGN KEY (duty_area_code) REFERENCES duty_area (code),
  INDEX ix_unit_area (duty_area_code, org_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee_duty_area (
  employee_id BIGINT NOT NULL,
  duty_area_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (employee_id, duty_area_code),
  CONSTRAINT fk_employee_area_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_employee_area_area FOREIGN KEY (duty_area_code) REFERENCES duty_area (code),
  INDEX ix_employee_area (duty_area_code, employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
