-- Training modules: lessons of text, an uploaded file or a link, an optional final quiz, and the
-- employees' progress and completions. Uploaded files live in the database, in chunks, so that
-- every instance of the application can serve them.

-- A file as uploaded, written a chunk at a time; complete once every chunk is in and its size and
-- hash are known. No chunk is larger than 1 MiB, so no statement comes near max_allowed_packet.
CREATE TABLE stored_file (
  id BIGINT NOT NULL AUTO_INCREMENT,
  original_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size_bytes BIGINT NOT NULL DEFAULT 0,
  chunk_count INT NOT NULL DEFAULT 0,
  sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  complete BOOLEAN NOT NULL DEFAULT FALSE,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stored_file_chunk (
  file_id BIGINT NOT NULL,
  chunk_no INT NOT NULL,
  data MEDIUMBLOB NOT NULL,
  PRIMARY KEY (file_id, chunk_no),
  CONSTRAINT fk_chunk_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_module (
  id BIGINT NOT NULL AUTO_INCREMENT,
  module_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  title_ko VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NOT NULL,
  description_format VARCHAR(16) NOT NULL,
  description_ko TEXT NULL,
  description_en TEXT NULL,
  credit_minutes INT NOT NULL,
  -- The final quiz, passed on its own pass mark; NULL when the module has none.
  quiz_id BIGINT NULL,
  available_from DATE NULL,
  available_until DATE NULL,
  published BOOLEAN NOT NULL DEFAULT FALSE,
  audience_all BOOLEAN NOT NULL DEFAULT TRUE,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_module_key UNIQUE (module_key),
  CONSTRAINT fk_module_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lesson: TEXT has bodies in a format, FILE an uploaded PDF or video, LINK an http(s) address.
CREATE TABLE module_lesson (
  id BIGINT NOT NULL AUTO_INCREMENT,
  module_id BIGINT NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  title_ko VARCHAR(200) NOT NULL,
  title_en VARCHAR(200) NOT NULL,
  body_format VARCHAR(16) NULL,
  body_ko MEDIUMTEXT NULL,
  body_en MEDIUMTEXT NULL,
  file_id BIGINT NULL,
  url VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT fk_lesson_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  INDEX ix_lesson_position (module_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units whose employees (and those of their sub-units) see a module when audience_all is FALSE.
CREATE TABLE module_audience_unit (
  module_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  PRIMARY KEY (module_id, org_unit_id),
  CONSTRAINT fk_module_audience_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT fk_module_audience_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lessons seen, per training year: a module is gone through again in the next year. The unique
-- key keeps the first time a lesson was seen, however many requests report it.
CREATE TABLE module_progress (
  id BIGINT NOT NULL AUTO_INCREMENT,
  employee_id BIGINT NOT NULL,
  module_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  seen_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_progress_once UNIQUE (employee_id, lesson_id, training_year),
  CONSTRAINT fk_progress_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_progress_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT fk_progress_lesson FOREIGN KEY (lesson_id) REFERENCES module_lesson (id),
  INDEX ix_progress_module (employee_id, module_id, training_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A completed module credits its minutes once per person and training year (the calendar year in
-- Asia/Seoul): the unique key lets exactly one of any number of concurrent completions in.
CREATE TABLE module_completion (
  id BIGINT NOT NULL AUTO_INCREMENT,
  module_id BIGINT NOT NULL,
  employee_id BIGINT NOT NULL,
  training_year INT NOT NULL,
  minutes INT NOT NULL,
  completed_at DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_completion_once UNIQUE (module_id, employee_id, training_year),
  CONSTRAINT fk_completion_module FOREIGN KEY (module_id) REFERENCES training_module (id),
  CONSTRAINT fk_completion_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  INDEX ix_completion_employee (employee_id, training_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
