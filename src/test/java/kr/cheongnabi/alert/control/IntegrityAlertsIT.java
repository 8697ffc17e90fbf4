package kr.cheongnabi.alert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import kr.cheongnabi.followup.control.FollowUpStates;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.MailPort;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integrity alerts inside the running application, sent through a real SMTP server (GreenMail, on
 * the MAIL_HOST and MAIL_PORT the build gives the application) and read back from it.
 */
@ExtendWith(MailPort.class)
class IntegrityAlertsIT extends InContainerTest {

  @EJB AlertSender sender;
  @EJB FollowUpStates states;

  private GreenMail smtp;
  private LocalDate today;
  private int year;
  private long unit;

  @BeforeEach
  void aMailServerAndAUnit() {
    smtp = startSmtp();
    today = states.today();
    // A training year of its own, so requirement settings of other tests do not apply here.
    year = 3000 + Math.floorMod(TestData.unique("Y").hashCode(), 6000);
    unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Office");
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void eachAssignmentGetsItsCurrentStageInTheEmployeesLanguageAndASecondRunNothingNew()
      throws Exception {
    var before = assignment(employee("김예정", "ko"), today.plusDays(3));
    var on = assignment(employee("Lee On", "en"), today);
    var after = assignment(employee("박지남", null), today.minusDays(2));
    var farOff = assignment(employee("최나중", "ko"), today.plusDays(20));
    var done = assignment(employee("정완료", "ko"), today.minusDays(1));
    data.execute(
        "INSERT INTO module_completion (module_id, employee_id, training_year, minutes,"
            + " completed_at) VALUES (%d, %d, %d, 90, NOW(3))"
                .formatted(done.module(), done.employee(), year));
    var noEmail = assignment(data.employee(TestData.unique("E"), "한메일", unit), today);

    sender.run("test");

    var beforeMail = only(before);
    assertTrue(beforeMail.getSubject().startsWith("[청렴나비] 보충 교육 마감 안내: "), beforeMail.getSubject());
    assertTrue(body(beforeMail).startsWith("김예정 님, 안녕하세요."), body(beforeMail));
    assertTrue(
        body(beforeMail)
            .contains(System.getenv("PUBLIC_URL") + "me/module.xhtml?module=" + before.key()),
        body(beforeMail));
    var onMail = only(on);
    assertTrue(onMail.getSubject().startsWith("[Cheongnabi] Due today: "), onMail.getSubject());
    assertTrue(body(onMail).startsWith("Dear Lee On,"), body(onMail));
    var afterMail = only(after);
    assertTrue(afterMail.getSubject().startsWith("[청렴나비] 마감일이 지났습니다: "), afterMail.getSubject());
    assertEquals(0, received(farOff).length, "not yet in the days before");
    assertEquals(0, received(done).length, "done training is not chased");
    assertEquals("BEFORE SENT", alerts(before));
    assertEquals("ON SENT", alerts(on));
    assertEquals("AFTER SENT", alerts(after), "the stages missed are not sent late");
    assertEquals("", alerts(farOff));
    assertEquals("", alerts(done));
    assertEquals("ON NO_ADDRESS", alerts(noEmail));

    sender.run("test");

    assertEquals(1, received(before).length);
    assertEquals(1, received(on).length);
    assertEquals(1, received(after).length);
    assertEquals("BEFORE SENT", alerts(before));
  }

  @Test
  void runsAtTheSameMomentSendEachAlertOnce() throws Exception {
    var first = assignment(employee("동시일", "ko"), today);
    var second = assignment(employee("동시이", "en"), today.minusDays(1));
    var third = assignment(employee("동시삼", "ko"), today.plusDays(1));

    var sent = 0;
    for (var run : Race.of(executor, 4, () -> sender.run("racer"))) {
      sent += run.get(120, TimeUnit.SECONDS).sent();
    }

    assertTrue(sent >= 3, "the racers sent " + sent);
    for (var assignment : new Assignment[] {first, second, third}) {
      assertEquals(1, received(assignment).length, assignment.address());
      assertEquals(
          1,
          data.count(
              "SELECT COUNT(*) FROM integrity_alert WHERE state = 'SENT' AND assignment_id = "
                  + assignment.id()));
    }
  }

  @Test
  void theUnitHeadHearsOfOverdueTrainingOnlyWhenTheYearSaysSo() throws Exception {
    var head = employee("Head Kang", "en");
    data.execute(
        "UPDATE org_unit SET head_employee_id = %d WHERE id = %d".formatted(head.id(), unit));
    var overdue = assignment(employee("윤늦음", "ko"), today.minusDays(1));
    var dueToday = assignment(employee("서오늘", "ko"), today);

    sender.run("test");

    assertEquals(0, received(head).length, "the year does not tell unit heads");
    assertEquals("AFTER SENT", alerts(overdue));

    data.execute(
        "INSERT INTO requirement_year (training_year, target_minutes, floor_minutes,"
            + " alert_days_before, alert_unit_head) VALUES (%d, 300, 120, 7, TRUE)"
                .formatted(year));
    sender.run("test");

    var told = received(head);
    assertEquals(1, told.length, "the overdue one only, not the one due today");
    assertEquals(
        "[Cheongnabi] Overdue follow-up training of 윤늦음: A test module", told[0].getSubject());
    assertTrue(body(told[0]).startsWith("Dear head of unit,"), body(told[0]));
    assertEquals(1, received(overdue).length, "the employee is not told twice");
    assertEquals(1, received(dueToday).length);
    assertEquals(
        "UNIT_HEAD SENT " + head.address(),
        data.text(
            "SELECT CONCAT(recipient, ' ', state, ' ', address) FROM integrity_alert"
                + " WHERE recipient = 'UNIT_HEAD' AND assignment_id = "
                + overdue.id()));
  }

  @Test
  void alertsThatFailWhileTheMailServerIsDownAreSentOnceByALaterRun() throws Exception {
    var waiting = assignment(employee("장대기", "ko"), today);
    smtp.stop();

    var down = sender.run("test");

    assertTrue(down.failed() >= 1, down.toString());
    assertEquals("ON FAILED", alerts(waiting));
    assertFalse(
        data.text("SELECT failure FROM integrity_alert WHERE assignment_id = " + waiting.id())
            .isBlank());

    smtp = startSmtp();
    sender.run("test");
    sender.run("test");

    assertEquals(1, received(waiting).length);
    assertEquals("ON SENT", alerts(waiting));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM integrity_alert WHERE failure IS NOT NULL AND assignment_id = "
                + waiting.id()));
  }

  private record Person(long id, String address) {}

  private record Assignment(long id, long employee, long module, String key, String address) {}

  private Person employee(String name, String language) {
    var number = TestData.unique("E");
    var id = data.employee(number, name, unit);
    var address = number.toLowerCase() + "@example.go.kr";
    data.execute("UPDATE employee SET email = '%s' WHERE id = %d".formatted(address, id));
    data.account(number.toLowerCase(), "not-used-here-42", id);
    if (language != null) {
      data.execute(
          "UPDATE account SET preferred_locale = '%s' WHERE employee_id = %d"
              .formatted(language, id));
    }
    return new Person(id, address);
  }

  private Assignment assignment(Person person, LocalDate due) {
    return assignment(person.id(), person.address(), due);
  }

  private Assignment assignment(long employeeId, LocalDate due) {
    return assignment(employeeId, null, due);
  }

  private Assignment assignment(long employeeId, String address, LocalDate due) {
    var key = TestData.unique("m");
    var module = data.module(key, 90, null, "소개");
    data.execute(
        ("INSERT INTO follow_up_assignment (employee_id, training_year, module_id, item_key,"
                + " minutes, due_date, assigned_by, assigned_at) VALUES (%d, %d, %d, 'module:%d',"
                + " 90, '%s', 'hr', NOW(3))")
            .formatted(employeeId, year, module, module, due));
    var id = data.count("SELECT id FROM follow_up_assignment WHERE module_id = " + module);
    return new Assignment(id, employeeId, module, key, address);
  }

  /** The assignment's alerts as "STAGE STATE", one line each. */
  private String alerts(Assignment assignment) {
    return data.text(
        "SELECT COALESCE(GROUP_CONCAT(CONCAT(stage, ' ', state) ORDER BY id SEPARATOR '\\n'), '')"
            + " FROM integrity_alert WHERE recipient = 'EMPLOYEE' AND assignment_id = "
            + assignment.id());
  }

  private MimeMessage only(Assignment assignment) {
    var messages = received(assignment);
    assertEquals(1, messages.length, assignment.address());
    return messages[0];
  }

  private MimeMessage[] received(Assignment assignment) {
    return smtp.getReceivedMessagesForDomain(assignment.address());
  }

  private MimeMessage[] received(Person person) {
    return smtp.getReceivedMessagesForDomain(person.address());
  }

  private static String body(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  private static GreenMail startSmtp() {
    var server =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("MAIL_PORT")), "127.0.0.1", "smtp"));
    server.start();
    return server;
  }
}
