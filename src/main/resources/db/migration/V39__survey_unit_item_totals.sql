-- Points per unit of the integrity surveys (survey component, issue 13 point 5), from maintained
-- totals rather than every answer: for each round, unit (of the respondents' participation) and
-- item, how many answered and the sum of their answers. Every scale scores its answers on a
-- straight line (README, "How answers become points"), so an item's mean points are the points of
-- its mean answer, and these two numbers are all a unit's points need.
--
-- Written where the other totals are: at 0 when a round opens (a row per unit asked and item), +1
-- and + the answer in the transaction that stores a response, and moved to the parent unit when
-- the round closes wherever fewer than 5 answered, as the responses are (so that at rest no row
-- narrows the answers to fewer than 5 people). Anonymity: no person, no response key, no time;
-- what a row holds is what survey_response (its unit) joined to survey_answer already tells.
CREATE TABLE survey_unit_item_total (
  round_id BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL,
  item_no SMALLINT NOT NULL,
  n INT NOT NULL,
  answer_sum INT NOT NULL,
  PRIMARY KEY (round_id, org_unit_id, item_no),
  CONSTRAINT fk_survey_unit_item_total_round FOREIGN KEY (round_id) REFERENCES survey_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rounds that exist already: counted once from the responses (whose units a closed round has
-- moved already), then a row at 0 for every other unit asked and item.
INSERT INTO survey_unit_item_total (round_id, org_unit_id, item_no, n, answer_sum)
  SELECT r.round_id, r.org_unit_id, a.item_no, COUNT(*), SUM(a.answer)
  FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
  WHERE r.org_unit_id IS NOT NULL
  GROUP BY r.round_id, r.org_unit_id, a.item_no;

INSERT IGNORE INTO survey_unit_item_total (round_id, org_unit_id, item_no, n, answer_sum)
  SELECT u.round_id, u.org_unit_id, i.item_no, 0, 0
  FROM survey_unit_total u
  JOIN (SELECT DISTINCT round_id, item_no FROM survey_answer_total) i ON i.round_id = u.round_id;
