-- A quiz statement (// @case in its GIFT file) and a module's lesson may offer the learner an
-- integrity case to read. The key is checked when the quiz or lesson is stored; no foreign key,
-- since a version of a quiz is never changed and must outlive a case renamed or withdrawn later.
ALTER TABLE quiz_statement ADD COLUMN case_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE module_lesson ADD COLUMN case_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
