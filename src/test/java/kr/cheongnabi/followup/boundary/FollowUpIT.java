package kr.cheongnabi.followup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Follow-up training against the running application: HR proposes and confirms training for the
 * people of a unit with a gap, two HR users confirming at once create each assignment once, and the
 * states follow what the employee does. Minutes are odd numbers no other test uses, so the
 * trainings written here are the only ones that cover these gaps exactly.
 */
class FollowUpIT extends BrowserTest {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();

  private String hr;

  FollowUpIT() {
    super("ko");
  }

  @BeforeEach
  void hr() {
    hr = account("hr", null, "HR");
  }

  @Test
  void hrProposesAndConfirmsForAUnitAndTheEmployeeSeesTheAssignmentOnMyTraining() {
    var parent = data.unit(TestData.unique("P"), "감사관", "Audit Office");
    var team = data.unit(TestData.unique("T"), "청렴팀", "Integrity Team", parent);
    var newcomer = data.employee(TestData.unique("E"), "김후속", team);
    var other = data.employee(TestData.unique("E"), "이보충", team);
    owes(newcomer, 300, true);
    owes(other, 133, false);
    var learner = TestData.unique("newcomer").toLowerCase();
    data.account(learner, PASSWORD, newcomer);
    var shortModule = data.module(TestData.unique("fu-a").toLowerCase(), 127, null, "1강");
    var longModule = data.module(TestData.unique("fu-b").toLowerCase(), 133, null, "1강");
    data.audience(shortModule, parent);
    data.audience(longModule, parent);
    var title = TestData.unique("청렴 대면교육 ");
    var session = session(title, 173, true, 5);

    browser.open("/hr/followup.xhtml?year=" + YEAR + "&unit=" + parent);
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#followup\\:gaps", "이보충");
    assertTrue(browser.find("#unit").getText().contains("미이수 2명"), browser.find("#unit").getText());
    pick("김후속");
    browser.waitForText("#followup\\:count", "1명 선택");
    pick("이보충");
    browser.waitForText("#followup\\:count", "2명 선택");
    browser.screenshot("followup-choose");
    browser.find("#followup\\:propose").click();
    browser.waitForText("#followup\\:proposals", title);
    var proposals = browser.find("#followup\\:proposals").getText();
    assertTrue(proposals.contains("부족 시간 충족"), proposals);
    browser.screenshot("followup-proposals");
    browser.find("#followup\\:confirm").click();
    browser.waitForText("#outcome", "새 배정 3건");
    browser.screenshot("followup-confirmed");

    assertEquals(
        "module:" + shortModule + ",session:" + session,
        data.text(
            "SELECT GROUP_CONCAT(item_key ORDER BY item_key) FROM follow_up_assignment"
                + " WHERE employee_id = "
                + newcomer),
        "a face-to-face session first, and the module that makes up the rest exactly");
    assertEquals(
        "module:" + longModule,
        data.text("SELECT item_key FROM follow_up_assignment WHERE employee_id = " + other));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM session_registration WHERE session_id = "
                + session
                + " AND employee_id = "
                + newcomer),
        "the session's seat is booked");
    browser.signOut();

    browser.open("/me/training.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitForText("#followUps", title);
    var mine = browser.find("#followUps").getText();
    assertTrue(mine.contains("진행 중"), "registered for the session: " + mine);
    assertTrue(mine.contains("배정됨"), "the module not started: " + mine);
    browser.screenshot("followup-my-training");
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#followUps", "In progress");
    showFollowUps();
    browser.screenshot("followup-my-training-en");
  }

  @Test
  void twoHrUsersConfirmingAtOnceAssignOnceAndTheStateFollowsTheEmployee() throws Exception {
    var unit = data.unit(TestData.unique("U"), "기획팀", "Planning Team");
    var number = TestData.unique("E");
    var employee = data.employee(number, "박기한", unit);
    owes(employee, 77, false);
    var module = data.module(TestData.unique("fu-c").toLowerCase(), 77, null, "1강", "2강");
    data.audience(module, unit);
    try (var second = Browser.start(base.toString(), "ko")) {
      for (var b : new Browser[] {browser, second}) {
        b.open("/hr/followup.xhtml?year=" + YEAR + "&unit=" + unit);
        b.signIn(hr, PASSWORD);
        b.waitForText("#followup\\:gaps", "박기한");
        b.find("#followup\\:everyone .ui-chkbox-box").click();
        b.waitForText("#followup\\:count", "전원 1명 선택");
        b.find("#followup\\:propose").click();
        b.waitForText("#followup\\:proposals", "박기한");
      }
      browser.find("#followup\\:confirm").click();
      second.find("#followup\\:confirm").click();
      browser.waitForText("#outcome", "새 배정");
      second.waitForText("#outcome", "새 배정");
    }
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM follow_up_assignment WHERE employee_id = " + employee));
    assertEquals(
        "module:" + module,
        data.text("SELECT item_key FROM follow_up_assignment WHERE employee_id = " + employee));

    assertEquals("배정됨", stateOnEmployeePage(employee));
    var lesson = data.count("SELECT MIN(id) FROM module_lesson WHERE module_id = " + module);
    data.execute(
        ("INSERT INTO module_progress (employee_id, module_id, lesson_id, training_year, seen_at)"
                + " VALUES (%d, %d, %d, %d, NOW(3))")
            .formatted(employee, module, lesson, YEAR));
    assertEquals("진행 중", stateOnEmployeePage(employee));
    data.execute(
        ("INSERT INTO module_completion (module_id, employee_id, training_year, minutes,"
                + " completed_at) VALUES (%d, %d, %d, 77, NOW(3))")
            .formatted(module, employee, YEAR));
    assertEquals("완료", stateOnEmployeePage(employee));

    var late = data.module(TestData.unique("fu-d").toLowerCase(), 30, null, "1강");
    data.execute(
        ("INSERT INTO follow_up_assignment (employee_id, training_year, module_id, item_key,"
                + " minutes, due_date, assigned_by, assigned_at) VALUES (%d, %d, %d, 'module:%d',"
                + " 30, DATE_SUB(CURRENT_DATE, INTERVAL 2 DAY), 'hr', NOW(3))")
            .formatted(employee, YEAR, late, late));
    browser.open("/hr/employee.xhtml?id=" + employee);
    browser.waitForText("#followUps", "기한 지남");
    showFollowUps();
    browser.screenshot("followup-employee-states");

    browser.open("/hr/assignments.xhtml?year=" + YEAR);
    browser.waitForText("#assignments\\:table", number);
    browser.screenshot("followup-assignments");
  }

  /** The state of the employee's first assignment as HR's employee page shows it. */
  private String stateOnEmployeePage(long employee) {
    browser.open("/hr/employee.xhtml?id=" + employee);
    return browser.find("#followUps .assignment-state").getText().strip();
  }

  private void showFollowUps() {
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('followUps').scrollIntoView()");
  }

  private void pick(String name) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='followup:gaps']//tr[contains(., '"
                    + name
                    + "')]//div[contains(@class,'ui-chkbox-box')]"))
        .click();
  }

  private void owes(long employee, int minutes, boolean faceToFace) {
    data.obligation(YEAR, employee, minutes, 120, faceToFace);
  }

  private long session(String title, int minutes, boolean faceToFace, int capacity) {
    data.execute(
        ("INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, registered, face_to_face, published, check_in_secret, version)"
                + " VALUES ('%s', 'Face-to-face integrity training',"
                + " DATE_ADD(UTC_TIMESTAMP(3), INTERVAL 2 DAY), %d, '시청 별관', %d, 0, %s, TRUE,"
                + " UNHEX('00112233445566778899aabbccddeeff'), 0)")
            .formatted(title, minutes, capacity, faceToFace));
    return data.count("SELECT id FROM training_session WHERE title_ko = '" + title + "'");
  }
}
