-- A quiz imported from Moodle as it is has no English (quizzes/README.md, "A plain Moodle file"):
-- the English title and statement text may be missing, and English readers then see the Korean.
ALTER TABLE quiz_version MODIFY COLUMN title_en VARCHAR(255) NULL;
ALTER TABLE quiz_statement MODIFY COLUMN text_en TEXT NULL;
