-- The integrity case library: short cases trainers publish (the situation, what the rule says, the
-- right conduct, the law referenced), in Korean and optionally English, tagged by duty area and by
-- law; and the maintained list of duty areas prone to corruption, which the people component owns
-- so that employees and units can be marked with them too.

CREATE TABLE duty_area (
  code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name_ko VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO duty_area (code, name_ko, name_en, position) VALUES
  ('construction', '건설·공사', 'Construction', 1),
  ('procurement', '계약·용역', 'Procurement and service contracts', 2),
  ('grants', '보조금·지원금', 'Grants and subsidies', 3),
  ('civil-complaints', '민원', 'Civil complaints', 4),
  ('inspections', '인허가·단속·점검', 'Permits, inspections and enforcement', 5),
  ('personnel', '인사', 'Personnel', 6);

CREATE TABLE integrity_case (
  id BIGINT NOT NULL AUTO_INCREMENT,
  case_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  text_format VARCHAR(16) NOT NULL,
  title_ko VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NULL,
  situation_ko TEXT NOT NULL,
  situation_en TEXT NULL,
  rule_ko TEXT NOT NULL,
  rule_en TEXT NULL,
  conduct_ko TEXT NOT NULL,
  conduct_en TEXT NULL,
  -- The law and article as cited, e.g. 「청탁금지법」 제8조 제3항 제2호.
  law_reference_ko VARCHAR(500) NOT NULL,
  law_reference_en VARCHAR(500) NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  published_at DATETIME(3) NULL,
  -- FILE: loaded from a case file at start-up; EDITOR: written in the browser.
  origin VARCHAR(16) NOT NULL,
  -- The hash of the case file last loaded into this row, so an unchanged file leaves a trainer's
  -- later edits in place; NULL for a case written in the browser.
  file_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_integrity_case_key UNIQUE (case_key),
  INDEX ix_integrity_case_published (published, title_ko)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE integrity_case_duty_area (
  case_id BIGINT NOT NULL,
  duty_area_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (case_id, duty_area_code),
  CONSTRAINT fk_case_area_case FOREIGN KEY (case_id) REFERENCES integrity_case (id),
  CONSTRAINT fk_case_area_area FOREIGN KEY (duty_area_code) REFERENCES duty_area (code),
  INDEX ix_case_area (duty_area_code, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE integrity_case_law (
  case_id BIGINT NOT NULL,
  law VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (case_id, law),
  CONSTRAINT fk_case_law_case FOREIGN KEY (case_id) REFERENCES integrity_case (id),
  INDEX ix_case_law (law, case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
