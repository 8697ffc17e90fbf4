-- Maintained totals of the integrity surveys (survey component), so that a round's results read a
-- few thousand counter rows rather than every answer: written in the transaction that opens the
-- round (rows at 0) and in the one that stores a response (+1), never recomputed.
--
-- Anonymity (README, "Integrity surveys", threat model): the totals hold no person, no response
-- key and no time. The answers are counted per round, item and answer only (no unit, no group), so
-- they narrow nothing that survey_answer does not; the units' counts of who was asked and who
-- answered repeat what survey_participant holds by name already.

-- How many gave each answer to each item of a round.
CREATE TABLE survey_answer_total (
  round_id BIGINT NOT NULL,
  item_no SMALLINT NOT NULL,
  answer TINYINT NOT NULL,
  n INT NOT NULL,
  PRIMARY KEY (round_id, item_no, answer),
  CONSTRAINT fk_survey_answer_total_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How many responses a round has (internal and external).
CREATE TABLE survey_round_total (
  round_id BIGINT NOT NULL,
  responses INT NOT NULL,
  PRIMARY KEY (round_id),
  CONSTRAINT fk_survey_round_total_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How many a round asks in each unit (the unit of their participation) and how many answered.
CREATE TABLE survey_unit_total (
  round_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  asked INT NOT NULL,
  answered INT NOT NULL,
  PRIMARY KEY (round_id, org_unit_id),
  CONSTRAINT fk_survey_unit_total_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rounds that exist already: their totals counted once from the rows.
INSERT INTO survey_answer_total (round_id, item_no, answer, n)
  SELECT r.round_id, a.item_no, a.answer, COUNT(*)
  FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
  GROUP BY r.round_id, a.item_no, a.answer;

INSERT INTO survey_round_total (round_id, responses)
  SELECT s.id, (SELECT COUNT(*) FROM survey_response r WHERE r.round_id = s.id)
  FROM survey_round s;

INSERT INTO survey_unit_total (round_id, org_unit_id, asked, answered)
  SELECT round_id, org_unit_id, COUNT(*), SUM(responded)
  FROM survey_participant
  GROUP BY round_id, org_unit_id;
