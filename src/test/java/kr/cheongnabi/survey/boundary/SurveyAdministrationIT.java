package kr.cheongnabi.survey.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The integrity officer's pages: who a round would ask, one-time codes for an external round, and a
 * round's results against a hand calculation.
 */
class SurveyAdministrationIT extends BrowserTest {

  private String hr;
  private LocalDate today;
  private HandRounds rounds;

  SurveyAdministrationIT() {
    super("ko");
  }

  @BeforeEach
  void anOfficer() {
    hr = account("officer", null, "HR");
    rounds = new HandRounds(data);
    today = rounds.today();
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
    int year = today.getYear();
    long round = rounds.round("internal", year);
    long lastYear = rounds.yearBefore(round);
    // Six of eight answer in the team: (5, 2, not) and (3, 4, experienced), three times each.
    for (int i = 0; i < 8; i++) {
      rounds.participant(round, data.employee(TestData.unique("E"), "결과" + i, team), team, i < 6);
    }
    for (int i = 0; i < 3; i++) {
      rounds.respond(round, team, null, 5, 2, 0);
      rounds.respond(round, team, null, 3, 4, 1);
    }
    // Two of two answer in the small team: too few to be shown apart.
    for (int i = 0; i < 2; i++) {
      rounds.participant(round, data.employee(TestData.unique("E"), "작은" + i, small), small, true);
      rounds.respond(round, small, null, 5, 2, 0);
    }
    // Last year: five answers of (5, 1, not): culture 100, experience 100.
    for (int i = 0; i < 5; i++) {
      rounds.respond(lastYear, team, null, 5, 1, 0);
    }
    // An external round of the year: 10 codes for construction, 6 used, all (4, 1, not).
    long external = rounds.round("external", year);
    rounds.codes(external, "CONSTRUCTION", 10, 6);
    for (int i = 0; i < 6; i++) {
      rounds.respond(external, null, "CONSTRUCTION", 4, 1, 0);
    }

    browser.open("/hr/survey-results.xhtml?round=" + round);
    browser.signIn(hr, PASSWORD);
    browser.waitFor(".survey-overall");
    // By hand, over the eight responses: c1: five answers 5 (100) and three 3 (50) → 81.25; c2
    // reversed: five 2 (75), three 4 (25) → 56.25; culture (81.25 + 3 × 56.25) / 4 = 62.5; e1:
    // five not (100), three yes (0) → 62.5; overall 62.5 × 0.2 + 62.5 × 0.8 = 62.5.
    assertEquals("종합 62.5점 (지난해 100.0점)", browser.find(".survey-overall").getText());
    assertTrue(browser.text().contains("응답률 80.0% (10명 중 8명)"), browser.text());

    // This year against last year: a bar each, as long as the points, and the same in the table.
    var bars = browser.driver().findElements(By.cssSelector(".area-bars li"));
    assertEquals(3, bars.size(), "overall, culture, experience");
    var overall = bars.get(0);
    assertEquals("62.5", overall.findElement(By.cssSelector("rect.now")).getAttribute("width"));
    assertEquals("100.0", overall.findElement(By.cssSelector("rect.before")).getAttribute("width"));
    String table = browser.find(".survey-areas").getText();
    assertTrue(table.contains("종합 62.5 100.0 -37.5"), table);
    assertTrue(table.contains("조직문화 62.5 100.0 -37.5"), table);

    // By unit: the team's six alone are (5, 2, not) and (3, 4, experienced) three times each:
    // c1 75, c2 50, culture 56.25, experience 50, overall 51.25; the small team is in the city.
    String units = browser.find(".survey-units").getText();
    assertTrue(units.contains("결과팀 8 6명 (75.0%) 51.3"), units);
    assertTrue(units.contains("결과시청 2 5명 미만 –"), units);
    assertTrue(!units.contains("작은팀"), "a unit where 2 answered is not shown apart: " + units);
    browser.viewport(390, 844, true);
    browser.screenshot("survey-results-phone");
    assertTrue(!browser.scrollsSideways(), "the results fit a phone");
    assertTrue(
        browser
            .find("#yearEnd")
            .getAttribute("href")
            .contains("survey-year-end.xhtml?year=" + year));

    // The year-end figures of this year's two rounds, side by side with last year.
    browser.open(
        "/hr/survey-year-end.xhtml?year=%d&internal=%d&external=%d"
            .formatted(year, round, external));
    browser.waitFor("#figures");
    browser.screenshot("survey-year-end-phone");
    assertEquals("응답자(명) 8 5 +3 6 – –", line("respondents"));
    assertEquals("대상·초대(명) 10 0 +10 10 – –", line("invited"));
    assertEquals("응답률(%) 80.0 – – 60.0 – –", line("rate"));
    // External: c1 4 → 75, c2 reversed 1 → 100, culture 93.75, experience 100: 98.75 → 98.8.
    assertEquals("종합 점수 62.5 100.0 -37.5 98.8 – –", line("overall"));
    assertEquals("내부 3번 경험(%): 다 37.5 0.0 +37.5 – – –", line("experiencedShare:e1"));
    assertTrue(!browser.scrollsSideways(), "the table scrolls in its own region");
  }

  private String line(String key) {
    return browser.find("#figures tr[data-line='" + key + "']").getText().replace('\n', ' ');
  }

  @Test
  void theOfficerMakesOneTimeCodesForAnExternalRound() throws Exception {
    long round = rounds.round("external", today.getYear());
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
