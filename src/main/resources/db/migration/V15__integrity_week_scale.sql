-- Integrity week: thousands of attempts finish in the same minutes.
--
-- The quiz statistics' totals are split into 16 slots per version (and per statement): a finishing
-- attempt adds to the rows of one slot, chosen at random, so that concurrent finishes rarely wait
-- for each other's row locks; the statistics add the slots up. The rows of every slot are written
-- with the version, so finishing only ever updates rows, in the order of the primary key.

ALTER TABLE quiz_version_tally
  ADD COLUMN slot TINYINT NOT NULL DEFAULT 0 AFTER quiz_version_id,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (quiz_version_id, slot);

ALTER TABLE quiz_statement_tally
  ADD COLUMN slot TINYINT NOT NULL DEFAULT 0 AFTER statement_key,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (quiz_version_id, statement_key, slot);

CREATE TEMPORARY TABLE tally_slot (slot TINYINT NOT NULL PRIMARY KEY);
INSERT INTO tally_slot (slot) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12),
  (13), (14), (15);

INSERT INTO quiz_version_tally (quiz_version_id, slot)
SELECT v.id, s.slot FROM quiz_version v CROSS JOIN tally_slot s;

INSERT INTO quiz_statement_tally (quiz_version_id, statement_key, slot)
SELECT q.quiz_version_id, q.statement_key, s.slot FROM quiz_statement q CROSS JOIN tally_slot s;

DROP TEMPORARY TABLE tally_slot;

-- Attempts past their time limit are closed by a sweeper that looks for open attempts whose
-- deadline has passed.
CREATE INDEX ix_attempt_deadline ON quiz_attempt (finished_at, deadline_at);
