package kr.cheongnabi.survey.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import kr.cheongnabi.testing.TestData;

/**
 * Rounds of the README's hand-calculation survey (c1, c2 reversed with weight 3, e1 experienced;
 * areas 0.2 and 0.8), written straight into the survey tables with their totals raised as {@code
 * SurveyTotals} raises them, for the tests of HR's pages and downloads. Each round has a survey key
 * of its own, so no other test's rounds mix in.
 */
final class HandRounds {

  static final String HAND =
      "{\"format\": \"cheongnabi-survey/1\", \"key\": \"%s\", \"kind\": \"%s\","
          + " \"title\": {\"ko\": \"손계산 설문\", \"en\": \"Hand survey\"}, \"areas\": ["
          + " {\"key\": \"culture\", \"title\": {\"ko\": \"조직문화\", \"en\": \"Culture\"},"
          + " \"weight\": 0.2, \"items\": ["
          + " {\"key\": \"c1\", \"text\": {\"ko\": \"가\", \"en\": \"A\"}, \"scale\": \"likert5\"},"
          + " {\"key\": \"c2\", \"text\": {\"ko\": \"나\", \"en\": \"B\"}, \"scale\": \"likert5\","
          + " \"reverse\": true, \"weight\": 3}]},"
          + " {\"key\": \"experience\", \"title\": {\"ko\": \"부패경험\", \"en\": \"Experience\"},"
          + " \"weight\": 0.8, \"items\": ["
          + " {\"key\": \"e1\", \"text\": {\"ko\": \"다\", \"en\": \"C\"}, \"scale\": \"experienced\"}]}]}";

  private final TestData data;
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

  HandRounds(TestData data) {
    this.data = data;
  }

  LocalDate today() {
    return today;
  }

  /** A round of a new survey of this kind ({@code internal}, {@code external}) in the year. */
  long round(String kind, int year) {
    String key = TestData.unique("h-").toLowerCase();
    long version =
        data.insert(
            "INSERT INTO survey_version (survey_key, version_no, kind, title_ko, title_en,"
                + " source_file, sha256, definition, loaded_at) VALUES ('"
                + key
                + "', 1, '"
                + kind.toUpperCase()
                + "', '손계산 설문', 'Hand survey', 'hand.json', REPEAT('0', 64), '"
                + HAND.formatted(key, kind)
                + "', NOW())");
    return round(key, version, year);
  }

  /** The round of the year before of the same survey. */
  long yearBefore(long round) {
    return round(
        data.text("SELECT survey_key FROM survey_round WHERE id = " + round),
        data.count("SELECT survey_version_id FROM survey_round WHERE id = " + round),
        (int) data.count("SELECT survey_year FROM survey_round WHERE id = " + round) - 1);
  }

  private long round(String key, long version, int year) {
    long round =
        data.insert(
            "INSERT INTO survey_round (survey_key, survey_version_id, survey_year, starts_on,"
                + " ends_on, eligible_count, opened_by, opened_at) VALUES ('"
                + key
                + "', "
                + version
                + ", "
                + year
                + ", '"
                + today.withYear(year)
                + "', '"
                + today.withYear(year).plusDays(14)
                + "', 8, 'hr', NOW())");
    data.execute("INSERT INTO survey_round_total (round_id, responses) VALUES (" + round + ", 0)");
    return round;
  }

  /**
   * A response (c1, c2, e1) in the unit (internal) or the group (external), counted in the totals:
   * the round's, the answers', and the unit's sums.
   */
  void respond(long round, Long unit, String group, int c1, int c2, int e1) {
    String hex = data.text("SELECT HEX(UNHEX(REPLACE(UUID(), '-', '')))");
    data.execute(
        "INSERT INTO survey_response (id, round_id, org_unit_id, respondent_group) VALUES (UNHEX('"
            + hex
            + "'), "
            + round
            + ", "
            + unit
            + ", "
            + (group == null ? "NULL" : "'" + group + "'")
            + ")");
    data.execute(
        "INSERT INTO survey_answer (response_id, item_no, answer) VALUES (UNHEX('%s'), 1, %d),"
                .formatted(hex, c1)
            + " (UNHEX('%s'), 2, %d), (UNHEX('%s'), 3, %d)".formatted(hex, c2, hex, e1));
    data.execute(
        "UPDATE survey_round_total SET responses = responses + 1 WHERE round_id = " + round);
    data.execute(
        "INSERT INTO survey_answer_total (round_id, item_no, answer, n) VALUES"
            + " (%d, 1, %d, 1), (%d, 2, %d, 1), (%d, 3, %d, 1)"
                .formatted(round, c1, round, c2, round, e1)
            + " ON DUPLICATE KEY UPDATE n = n + 1");
    if (unit != null) {
      data.execute(
          "INSERT INTO survey_unit_item_total (round_id, org_unit_id, item_no, n, answer_sum)"
              + " VALUES (%d, %d, 1, 1, %d), (%d, %d, 2, 1, %d), (%d, %d, 3, 1, %d)"
                  .formatted(round, unit, c1, round, unit, c2, round, unit, e1)
              + " ON DUPLICATE KEY UPDATE n = n + 1, answer_sum = answer_sum + VALUES(answer_sum)");
    }
  }

  /** Someone a round asks, and whether they answered, counted in the unit's totals too. */
  void participant(long round, long employee, long unit, boolean responded) {
    data.execute(
        "INSERT INTO survey_participant (round_id, employee_id, org_unit_id, responded) VALUES ("
            + round
            + ", "
            + employee
            + ", "
            + unit
            + ", "
            + responded
            + ")");
    data.execute(
        "INSERT INTO survey_unit_total (round_id, org_unit_id, asked, answered) VALUES (%d, %d, 1,"
                .formatted(round, unit)
            + " %d) ON DUPLICATE KEY UPDATE asked = asked + 1, answered = answered + %d"
                .formatted(responded ? 1 : 0, responded ? 1 : 0));
  }

  /** {@code made} codes of the group for an external round, the first {@code used} used. */
  void codes(long round, String group, int made, int used) {
    for (int i = 0; i < made; i++) {
      byte[] hash = new byte[32];
      new java.security.SecureRandom().nextBytes(hash);
      data.execute(
          "INSERT INTO survey_code (code_hash, round_id, respondent_group, used) VALUES (X'"
              + HexFormat.of().formatHex(hash)
              + "', "
              + round
              + ", '"
              + group
              + "', "
              + (i < used)
              + ")");
    }
  }
}
