package kr.cheongnabi.survey.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The integrity officer's pages: who a round would ask, one-time codes for an external round, and a
 * round's results against a hand calculation.
 */
class SurveyAdministrationIT extends BrowserTest {

  /** The survey of the README's hand calculation (SurveyPointsTest). */
  private static final String HAND =
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

  private String hr;
  private LocalDate today;

  SurveyAdministrationIT() {
    super("ko");
  }

  @BeforeEach
  void anOfficer() {
    hr = account("officer", null, "HR");
    today = LocalDate.now(ZoneId.of("Asia/Seoul"));
  }

  private long round(String kind, int year) {
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
    return data.insert(
        "INSERT INTO survey_round (survey_key, survey_version_id, survey_year, starts_on, ends_on,"
            + " eligible_count, opened_by, opened_at) VALUES ('"
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
  }

  private void respond(long round, long unit, int c1, int c2, int e1) {
    String id = "UNHEX(REPLACE(UUID(), '-', ''))";
    String hex = data.text("SELECT HEX(" + id + ")");
    data.execute(
        "INSERT INTO survey_response (id, round_id, org_unit_id) VALUES (UNHEX('"
            + hex
            + "'), "
            + round
            + ", "
            + unit
            + ")");
    data.execute(
        "INSERT INTO survey_answer (response_id, item_no, answer) VALUES (UNHEX('%s'), 1, %d),"
                .formatted(hex, c1)
            + " (UNHEX('%s'), 2, %d), (UNHEX('%s'), 3, %d)".formatted(hex, c2, hex, e1));
    // Counted in the round's totals, as SurveyTotals counts a stored response.
    data.execute(
        "INSERT INTO survey_round_total (round_id, responses) VALUES (%d, 1)".formatted(round)
            + " ON DUPLICATE KEY UPDATE responses = responses + 1");
    data.execute(
        "INSERT INTO survey_answer_total (round_id, item_no, answer, n) VALUES"
            + " (%d, 1, %d, 1), (%d, 2, %d, 1), (%d, 3, %d, 1)"
                .formatted(round, c1, round, c2, round, e1)
            + " ON DUPLICATE KEY UPDATE n = n + 1");
  }

  /** Someone a round asks, and whether they answered, counted in the unit's totals too. */
  private void participant(long round, long employee, long unit, boolean responded) {
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

  @Test
  void theOfficerSeesWhoARoundWouldAskBeforeOpeningIt() {
    long unit = data.unit(TestData.unique("C"), "대상팀", "Counted Team");
    data.employee(TestData.unique("E"), "오래근무", unit);
    long recent = data.employee(TestData.unique("E"), "신규", unit);
    data.execute(
        "UPDATE employee SET hire_date = '" + today.minusMonths(2) + "' WHERE id = " + recent);
    browser.open("/hr/surveys.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#open\\:startsOn_input");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            browser.find("#open\\:startsOn_input"),
            today.toString());
    // Other tests add and change employees meanwhile: the page's count lies between the counts
    // taken just before and just after it.
    long before = data.askedByTheInternalSurvey(today);
    browser.find("#open\\:count").click();
    browser.waitFor("#open\\:eligible");
    var shown = browser.find("#open\\:eligible").getText();
    long after = data.askedByTheInternalSurvey(today);
    browser.screenshot("survey-hr");
    assertTrue(before >= 1, "the employee hired in 2020 is asked");
    var matcher = Pattern.compile(": ([0-9,]+)명").matcher(shown);
    assertTrue(matcher.find(), shown);
    long counted = Long.parseLong(matcher.group(1).replace(",", ""));
    assertTrue(
        counted >= Math.min(before, after) && counted <= Math.max(before, after),
        shown + " / " + before + "–" + after);
  }

  @Test
  void theResultsAgreeWithTheHandCalculationAndHideSmallUnits() {
    long city = data.unit(TestData.unique("R"), "결과시청", "Results City");
    long team = data.unit(TestData.unique("R"), "결과팀", "Results Team", city);
    long small = data.unit(TestData.unique("R"), "작은팀", "Small Team", city);
    long round = round("internal", today.getYear());
    long lastYear = round("internal", today.getYear() - 1);
    data.execute(
        "UPDATE survey_round SET survey_key = (SELECT survey_key FROM (SELECT survey_key FROM"
            + " survey_round WHERE id = "
            + round
            + ") r) WHERE id = "
            + lastYear);
    // Six of eight answer in the team: (5, 2, not) and (3, 4, experienced), three times each.
    for (int i = 0; i < 8; i++) {
      participant(round, data.employee(TestData.unique("E"), "결과" + i, team), team, i < 6);
    }
    for (int i = 0; i < 3; i++) {
      respond(round, team, 5, 2, 0);
      respond(round, team, 3, 4, 1);
    }
    // Two of two answer in the small team: too few to be shown apart.
    for (int i = 0; i < 2; i++) {
      participant(round, data.employee(TestData.unique("E"), "작은" + i, small), small, true);
      respond(round, small, 5, 2, 0);
    }
    // Last year: five answers of (5, 1, not): culture 100, experience 100.
    for (int i = 0; i < 5; i++) {
      respond(lastYear, team, 5, 1, 0);
    }

    browser.open("/hr/survey-results.xhtml?round=" + round);
    browser.signIn(hr, PASSWORD);
    browser.waitFor(".survey-overall");
    browser.screenshot("survey-results");
    // By hand, over the eight responses: c1: five answers 5 (100) and three 3 (50) → 81.25; c2
    // reversed: five 2 (75), three 4 (25)
    // → 56.25; culture (81.25 + 3 × 56.25) / 4 = 62.5; e1: five not (100), three yes (0) → 62.5;
    // overall 62.5 × 0.2 + 62.5 × 0.8 = 62.5.
    assertEquals("종합 62.5점 (지난해 100.0점)", browser.find(".survey-overall").getText());
    String units = browser.find(".survey-units").getText();
    assertTrue(units.contains("결과팀 8 6명 (75%)"), units);
    assertTrue(units.contains("결과시청 2 2명") || units.contains("결과시청 2 5명 미만"), units);
    assertTrue(!units.contains("작은팀"), "a unit where 2 answered is not shown apart: " + units);
  }

  @Test
  void theOfficerMakesOneTimeCodesForAnExternalRound() throws Exception {
    long round = round("external", today.getYear());
    browser.open("/hr/surveys.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#codes\\:codeRound");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var s = document.getElementById('codes:codeRound_input'); s.value = arguments[0];",
            String.valueOf(round));
    browser.type("#codes\\:count_input", "3");
    browser.find("#codes\\:make").click();
    browser.waitFor("#codes\\:made");
    browser.viewport(390, 844, true);
    browser.screenshot("survey-codes-phone");
    String[] codes = browser.find("#codes\\:made").getAttribute("value").split("\n");
    assertEquals(3, codes.length);
    for (String code : codes) {
      assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
    }
    assertEquals(
        3, data.count("SELECT COUNT(*) FROM survey_code WHERE NOT used AND round_id = " + round));

    // A contacts file with a wrong group makes nothing and says where.
    var folder = java.nio.file.Files.createTempDirectory("contacts");
    var bad = folder.resolve("contacts.csv");
    java.nio.file.Files.writeString(bad, "성명,이메일,분야\n김시민,kim@example.kr,도로\n");
    chooseRound(round);
    browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("#codes input[type=file]"))
        .sendKeys(bad.toAbsolutePath().toString());
    browser.find("#codes\\:importContacts").click();
    browser.waitForText("body", "contacts.csv 2행 분야");
    assertEquals(3, data.count("SELECT COUNT(*) FROM survey_code WHERE round_id = " + round));

    // A good one makes a code for each contact (the file comes back as a download).
    var good = folder.resolve("good.csv");
    java.nio.file.Files.writeString(
        good, "성명,이메일,분야\n김시민,kim@example.kr,공사\n이업체,lee@example.kr,보조금\n");
    chooseRound(round);
    browser
        .driver()
        .findElement(org.openqa.selenium.By.cssSelector("#codes input[type=file]"))
        .sendKeys(good.toAbsolutePath().toString());
    browser.find("#codes\\:importContacts").click();
    String subsidy =
        "SELECT COUNT(*) FROM survey_code WHERE respondent_group = 'SUBSIDY' AND round_id = "
            + round;
    for (int i = 0; i < 60 && data.count(subsidy) == 0; i++) {
      Thread.sleep(500);
    }
    assertEquals(1, data.count(subsidy));
    assertEquals(5, data.count("SELECT COUNT(*) FROM survey_code WHERE round_id = " + round));
  }

  private void chooseRound(long round) {
    browser.waitFor("#codes\\:codeRound");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById('codes:codeRound_input').value = arguments[0];",
            String.valueOf(round));
  }
}
