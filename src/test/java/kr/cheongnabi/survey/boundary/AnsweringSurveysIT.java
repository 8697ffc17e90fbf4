package kr.cheongnabi.survey.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An employee answers the internal integrity survey on a phone: half the answers, the page closed
 * and opened again (the answers are still there, kept in the browser only), the rest, sent once;
 * and a citizen answers the external survey with an invitation code and no account.
 */
class AnsweringSurveysIT extends BrowserTest {

  private LocalDate today;
  private long unit;

  AnsweringSurveysIT() {
    super("ko");
  }

  @BeforeEach
  void aUnit() {
    today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    unit = data.unit(TestData.unique("U"), "설문담당관", "Survey Office");
  }

  /** A round of a copy of a shipped survey (under a key of its own), open today. */
  private long round(String shippedKey) {
    String key = TestData.unique("t-").toLowerCase();
    long version =
        data.insert(
            "INSERT INTO survey_version (survey_key, version_no, kind, title_ko, title_en,"
                + " source_file, sha256, definition, loaded_at) SELECT '"
                + key
                + "', 1, kind, title_ko, title_en, source_file, sha256, definition, NOW() FROM"
                + " survey_version WHERE survey_key = '"
                + shippedKey
                + "' ORDER BY version_no DESC LIMIT 1");
    return data.insert(
        "INSERT INTO survey_round (survey_key, survey_version_id, survey_year, starts_on, ends_on,"
            + " eligible_count, opened_by, opened_at) VALUES ('"
            + key
            + "', "
            + version
            + ", "
            + today.getYear()
            + ", '"
            + today
            + "', '"
            + today.plusDays(14)
            + "', 1, 'hr', NOW())");
  }

  private void pick(int item, int answer) {
    browser.find("label[for='a" + item + "-" + answer + "']").click();
  }

  private int items(long round) {
    return (int)
            data.count(
                "SELECT LENGTH(definition) - LENGTH(REPLACE(definition, '\"scale\"', ''))"
                    + " FROM survey_version v JOIN survey_round r ON r.survey_version_id = v.id"
                    + " WHERE r.id = "
                    + round)
        / "\"scale\"".length();
  }

  @Test
  void anEmployeeAnswersOnAPhoneResumesAfterClosingThePageAndSendsOnce() {
    long employee = data.employee(TestData.unique("E"), "김응답", unit);
    String username = account("answer", employee);
    long round = round("internal-integrity");
    data.execute(
        "INSERT INTO survey_participant (round_id, employee_id, org_unit_id) VALUES ("
            + round
            + ", "
            + employee
            + ", "
            + unit
            + ")");
    int items = items(round);

    browser.viewport(390, 844, true);
    browser.open("/me/surveys.xhtml");
    browser.signIn(username, PASSWORD);
    browser.waitFor(".survey-card .survey-open").click();
    browser.waitFor("#survey");
    for (int item = 1; item <= 5; item++) {
      pick(item, 4);
    }
    browser.waitForText(".survey-progress", items + "문항 중 5문항 응답");
    browser.screenshot("survey-phone");
    assertFalse(browser.scrollsSideways(), "the survey scrolls sideways on a phone");
    assertEquals(
        0,
        data.count("SELECT COUNT(*) FROM survey_response WHERE round_id = " + round),
        "nothing reaches the server before Send");

    // The tab is closed; the person comes back from the list.
    browser.open("/index.xhtml");
    browser.open("/me/surveys.xhtml");
    browser.waitFor(".survey-card .survey-open").click();
    browser.waitForText(".survey-progress", items + "문항 중 5문항 응답");
    assertTrue(browser.find("#a3-4").isSelected(), "the third answer came back");

    for (int item = 6; item <= items; item++) {
      // Likert items take 4, yes/no and experienced items 0 ("no", "not experienced").
      var four = browser.driver().findElements(org.openqa.selenium.By.id("a" + item + "-4"));
      pick(item, four.isEmpty() ? 0 : 4);
    }
    browser.find("#survey\\:send").click();
    browser.waitFor(".survey-sent");

    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM survey_participant WHERE responded AND round_id = " + round));
    assertEquals(1, data.count("SELECT COUNT(*) FROM survey_response WHERE round_id = " + round));
    assertEquals(
        items,
        data.count(
            "SELECT COUNT(*) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                + " WHERE r.round_id = "
                + round));
    assertNull(
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return localStorage.getItem('cheongnabi-survey-" + round + "-" + username + "');"),
        "the draft is forgotten once sent");

    browser.open("/me/surveys.xhtml");
    browser.waitForText(".survey-card .badge", "응답 완료");
    browser.open("/me/survey.xhtml?round=" + round);
    browser.waitFor(".survey-sent");
    assertEquals(0, browser.driver().findElements(org.openqa.selenium.By.id("survey")).size());
  }

  @Test
  void aCitizenAnswersTheExternalSurveyWithACodeAndNoAccount() throws Exception {
    long round = round("external-integrity");
    var random = new java.security.SecureRandom();
    var letters = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      letters.append("ABCDEFGHJKMNPQRSTUVWXYZ23456789".charAt(random.nextInt(31)));
    }
    String code =
        letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8);
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(code.replace("-", "").getBytes(StandardCharsets.US_ASCII));
    data.execute(
        "INSERT INTO survey_code (code_hash, round_id, respondent_group) VALUES (X'"
            + HexFormat.of().formatHex(hash)
            + "', "
            + round
            + ", 'COMPLAINT')");
    int items = items(round);

    browser.viewport(390, 844, true);
    browser.open("/survey.xhtml");
    browser.type("#code", code.toLowerCase());
    browser.find("form.narrow-wide button").click();
    browser.waitFor("#survey");
    for (int item = 1; item <= items; item++) {
      var four = browser.driver().findElements(org.openqa.selenium.By.id("a" + item + "-4"));
      pick(item, four.isEmpty() ? 0 : 4);
    }
    browser.find("#survey\\:send").click();
    browser.waitFor(".survey-sent");
    assertEquals(
        "COMPLAINT",
        data.text("SELECT respondent_group FROM survey_response WHERE round_id = " + round));

    browser.open("/survey.xhtml?code=" + code);
    browser.waitForText("body", "이미 응답을 보냈습니다");
  }
}
