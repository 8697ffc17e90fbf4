-- A quiz offered only to those a component above the quizzes assigns it to (// @assigned-only
-- true: the senior officials' self-assessment), instead of to its audience. A setting of the
-- version, as the other settings of the file's header.
ALTER TABLE quiz_version ADD COLUMN assigned_only BOOLEAN NOT NULL DEFAULT FALSE;

-- The results of one quiz's attempts started within a time window, per person (QuizResults): the
-- self-assessment's report reads a year's attempts at its bank without those of earlier years.
CREATE INDEX ix_attempt_quiz_started ON quiz_attempt (quiz_id, started_at);
