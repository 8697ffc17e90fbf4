-- Quiz statistics: totals kept per quiz version and per statement, so that the statistics page reads
-- a few rows instead of counting every attempt and answer. The rows are written with their version
-- (all zeros); starting and finishing an attempt only add to them, in the transaction that starts or
-- finishes it, and finishing updates its rows in the order of the primary key, so that concurrent
-- finishes take their locks in one order and never deadlock.

CREATE TABLE quiz_version_tally (
  quiz_version_id BIGINT NOT NULL,
  -- attempts started on the version; those not finished are still open
  started INT NOT NULL DEFAULT 0,
  finished INT NOT NULL DEFAULT 0,
  passed INT NOT NULL DEFAULT 0,
  PRIMARY KEY (quiz_version_id),
  CONSTRAINT fk_version_tally_version FOREIGN KEY (quiz_version_id) REFERENCES quiz_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counted over finished attempts that drew the statement: answered (rightly or wrongly), of those
-- wrongly, and left unanswered (the time ran out or the learner finished without answering).
CREATE TABLE quiz_statement_tally (
  quiz_version_id BIGINT NOT NULL,
  statement_key VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  answered INT NOT NULL DEFAULT 0,
  wrong INT NOT NULL DEFAULT 0,
  unanswered INT NOT NULL DEFAULT 0,
  PRIMARY KEY (quiz_version_id, statement_key),
  CONSTRAINT fk_statement_tally_statement FOREIGN KEY (quiz_version_id, statement_key)
    REFERENCES quiz_statement (quiz_version_id, statement_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The attempts made before this migration, counted once here; from now on the application counts.
INSERT INTO quiz_version_tally (quiz_version_id, started, finished, passed)
SELECT v.id AS quiz_version_id, COUNT(a.id) AS started, COUNT(a.finished_at) AS finished,
  COALESCE(SUM(a.passed), 0) AS passed
FROM quiz_version v
LEFT JOIN quiz_attempt a ON a.quiz_version_id = v.id
GROUP BY v.id;

INSERT INTO quiz_statement_tally (quiz_version_id, statement_key, answered, wrong, unanswered)
SELECT s.quiz_version_id, s.statement_key,
  COUNT(g.id) AS answered,
  COALESCE(SUM(g.answer <> s.correct), 0) AS wrong,
  COUNT(a.id) - COUNT(g.id) AS unanswered
FROM quiz_statement s
LEFT JOIN quiz_attempt a ON a.quiz_version_id = s.quiz_version_id
  AND a.finished_at IS NOT NULL
  AND FIND_IN_SET(s.statement_key, a.statement_order) > 0
LEFT JOIN quiz_answer g ON g.attempt_id = a.id AND g.statement_key = s.statement_key
GROUP BY s.quiz_version_id, s.statement_key;
