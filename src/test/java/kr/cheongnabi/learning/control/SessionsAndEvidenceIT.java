package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.cheongnabi.learning.entity.EvidenceFile;
import kr.cheongnabi.learning.entity.EvidenceForm;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions and external evidence inside the running application: seats, attendance and approvals
 * are each recorded exactly once, whatever number of requests race for them.
 */
class SessionsAndEvidenceIT extends InContainerTest {

  private static final int RACERS = 8;
  private static final byte[] SECRET = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

  @EJB Registrations registrations;
  @EJB Attendances attendances;
  @EJB EvidenceClaims claims;

  private long unit;

  @BeforeEach
  void aUnit() {
    unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
  }

  @Test
  void attendanceRecordedByManyAtOnceCreditsTheDurationOnce() throws Exception {
    var session = session(Instant.now().minus(Duration.ofMinutes(10)), 120, 10);
    var employee = data.employee(TestData.unique("E"), "김출석", unit);
    registrations.register(session, employee, "trainer");

    var added = 0;
    for (var result : race(() -> attendances.checklist(session, List.of(employee), "trainer"))) {
      added += result.get(60, TimeUnit.SECONDS).added();
    }

    assertEquals(1, added, "exactly one recording wins");
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM session_attendance WHERE session_id = " + session));
    assertEquals(
        120,
        data.count("SELECT SUM(minutes) FROM session_attendance WHERE session_id = " + session));
    assertEquals(
        120,
        data.count(
            "SELECT SUM(minutes) FROM ledger_entry WHERE kind = 'IN_PERSON' AND source_key = 'session:"
                + session
                + "' AND employee_id = "
                + employee),
        "the hours ledger has the attendance once");
    assertEquals(
        120,
        data.count("SELECT in_person_minutes FROM ledger_total WHERE employee_id = " + employee));
  }

  @Test
  void eightRegisteringAtOnceForThreeSeatsFillThemWithoutOverbooking() throws Exception {
    var session = session(Instant.now().plus(Duration.ofDays(1)), 60, 3);
    var employees = new ArrayList<Long>();
    for (int i = 0; i < RACERS; i++) {
      employees.add(data.employee(TestData.unique("E"), "좌석" + i, unit));
    }
    var next = new AtomicInteger();

    int seated = 0;
    int full = 0;
    for (var result :
        race(() -> registrations.register(session, employees.get(next.getAndIncrement()), "e"))) {
      try {
        assertTrue(result.get(60, TimeUnit.SECONDS));
        seated++;
      } catch (ExecutionException e) {
        assertEquals("session.full", ((BusinessException) e.getCause()).getMessageKey());
        full++;
      }
    }

    assertEquals(3, seated);
    assertEquals(RACERS - 3, full);
    assertEquals(
        3, data.count("SELECT COUNT(*) FROM session_registration WHERE session_id = " + session));
    assertEquals(3, data.count("SELECT registered FROM training_session WHERE id = " + session));
  }

  @Test
  void anAttendanceFileWithOneBadLineImportsNothingAndNamesTheLine() {
    var session = session(Instant.now().minus(Duration.ofHours(3)), 90, 20);
    var first = TestData.unique("E");
    var second = TestData.unique("E");
    data.employee(first, "박하나", unit);
    data.employee(second, "최둘", unit);
    var unknown = TestData.unique("X");
    var bad = "employee_number,name\n%s,박하나\n%s,최둘\n%s,없는사람\n".formatted(first, second, unknown);

    var refused = attendances.importFile(session, bad.getBytes(StandardCharsets.UTF_8), "trainer");

    assertFalse(refused.accepted());
    assertEquals(1, refused.problems().size());
    assertEquals(4, refused.problems().get(0).line());
    assertEquals("session.csv.unknown", refused.problems().get(0).messageKey());
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM session_attendance WHERE session_id = " + session));

    var good = "\uFEFF사번,성명\n%s,박하나\n%s,최둘\n".formatted(first, second);
    var imported = attendances.importFile(session, good.getBytes(StandardCharsets.UTF_8), "t");
    assertEquals(new Attendances.Recorded(2, 0), imported.recorded());
    var again = attendances.importFile(session, good.getBytes(StandardCharsets.UTF_8), "t");
    assertEquals(new Attendances.Recorded(0, 2), again.recorded(), "recorded once, counted apart");
    assertEquals(
        180,
        data.count("SELECT SUM(minutes) FROM session_attendance WHERE session_id = " + session));
  }

  @Test
  void theCheckInCodeIsTakenWhileTheSessionRunsAndNotAfterIt() {
    var running = session(Instant.now().minus(Duration.ofMinutes(5)), 60, 2);
    var employee = data.employee(TestData.unique("E"), "정체크", unit);
    var now = Instant.now();

    var wrong =
        assertThrows(
            BusinessException.class,
            () ->
                attendances.checkIn(
                    running,
                    employee,
                    CheckInCode.at(SECRET, running, now.minus(Duration.ofMinutes(5))),
                    "e"));
    assertEquals("session.codeWrong", wrong.getMessageKey(), "a code of five minutes ago");
    assertEquals(
        Attendances.CheckIn.CHECKED_IN,
        attendances.checkIn(running, employee, CheckInCode.at(SECRET, running, now), "e"));
    assertEquals(
        Attendances.CheckIn.ALREADY,
        attendances.checkIn(running, employee, CheckInCode.at(SECRET, running, now), "e"));
    assertEquals(
        60, data.count("SELECT minutes FROM session_attendance WHERE session_id = " + running));
    assertTrue(registrations.isRegistered(running, employee), "a walk-in takes a seat");

    var over = session(Instant.now().minus(Duration.ofHours(3)), 60, 2);
    var late =
        assertThrows(
            BusinessException.class,
            () ->
                attendances.checkIn(
                    over, employee, CheckInCode.at(SECRET, over, Instant.now()), "e"));
    assertEquals("session.checkInClosed", late.getMessageKey());
  }

  @Test
  void twoApprovalsAtOnceApproveOnceAndTheDecisionIsFinal() throws Exception {
    var employee = data.employee(TestData.unique("E"), "한외부", unit);
    var claim = claim(employee);

    int won = 0;
    for (var result : race(() -> claims.approve(claim, "hr"))) {
      won += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertEquals(1, won);
    assertEquals("APPROVED", data.text("SELECT state FROM evidence_claim WHERE id = " + claim));
    assertEquals(90, claims.find(claim).getMinutes());
    assertEquals(
        90,
        data.count("SELECT external_minutes FROM ledger_total WHERE employee_id = " + employee),
        "the hours ledger has the approval once");
    var refused = assertThrows(BusinessException.class, () -> claims.reject(claim, "hr", "늦음"));
    assertEquals("evidence.alreadyDecided.APPROVED", refused.getMessageKey());
  }

  @Test
  void aRejectionNeedsAReasonAndKeepsIt() {
    var employee = data.employee(TestData.unique("E"), "윤거절", unit);
    var claim = claim(employee);

    var refused = assertThrows(BusinessException.class, () -> claims.reject(claim, "hr", " "));
    assertEquals("evidence.reasonRequired", refused.getMessageKey());
    assertEquals("SUBMITTED", data.text("SELECT state FROM evidence_claim WHERE id = " + claim));

    assertTrue(claims.reject(claim, "hr", "수료증의 이름이 다릅니다"));
    var decided = claims.find(claim);
    assertEquals("수료증의 이름이 다릅니다", decided.getReason());
    assertEquals("hr", decided.getDecidedBy());
  }

  @Test
  void refusesEvidenceDatedBeforeHire() {
    var employee = data.employee(TestData.unique("E"), "한입사", unit); // hired on 2020-03-02

    var refused =
        assertThrows(BusinessException.class, () -> claim(employee, LocalDate.of(2020, 3, 1)));
    assertEquals("evidence.beforeHire", refused.getMessageKey());
    assertEquals("2020-03-02", refused.getArguments()[0]);
    assertEquals(0, claimsOf(employee));

    claim(employee, LocalDate.of(2020, 3, 2));
    assertEquals(1, claimsOf(employee), "training on the hire date counts");
  }

  @Test
  void refusesEvidenceDatedBefore2000() {
    var employee = data.employee(TestData.unique("E"), "고참", unit);
    data.execute("UPDATE employee SET hire_date = '1991-03-04' WHERE id = " + employee);

    var refused =
        assertThrows(BusinessException.class, () -> claim(employee, LocalDate.of(1999, 12, 31)));
    assertEquals("evidence.tooEarly", refused.getMessageKey());
    assertEquals("2000-01-01", refused.getArguments()[0]);
    assertEquals(0, claimsOf(employee));
  }

  @Test
  void refusesEvidenceDatedInTheFuture() {
    var employee = data.employee(TestData.unique("E"), "미래", unit);

    var refused =
        assertThrows(BusinessException.class, () -> claim(employee, LocalDate.now().plusDays(2)));
    assertEquals("evidence.future", refused.getMessageKey());
  }

  private long claimsOf(long employee) {
    return data.count("SELECT COUNT(*) FROM evidence_claim WHERE employee_id = " + employee);
  }

  @Test
  void refusesHrOfficerApprovingOwnClaim() {
    var officer = data.employee(TestData.unique("E"), "정심사", unit);
    var username = TestData.unique("hr").toLowerCase();
    data.account(username, "hr-officer-password", officer, "HR");
    var claim = claim(officer);

    var refused = assertThrows(BusinessException.class, () -> claims.approve(claim, username));
    assertEquals("evidence.ownClaim", refused.getMessageKey());
    var rejected =
        assertThrows(BusinessException.class, () -> claims.reject(claim, username, "철회"));
    assertEquals("evidence.ownClaim", rejected.getMessageKey());
    assertEquals("SUBMITTED", data.text("SELECT state FROM evidence_claim WHERE id = " + claim));
    assertEquals(0, data.count("SELECT COUNT(*) FROM ledger_entry WHERE employee_id = " + officer));
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM security_event WHERE kind = 'OWN_CLAIM_REFUSED'"
                + " AND username = '"
                + username
                + "' AND detail = 'claim="
                + claim
                + " minutes=90'"),
        "the audit keeps who tried, what and when");

    assertTrue(claims.approve(claim, "another-hr-officer"), "another officer decides it");
    assertEquals(
        90, data.count("SELECT external_minutes FROM ledger_total WHERE employee_id = " + officer));
  }

  private long claim(long employee) {
    return claim(employee, LocalDate.now().minusDays(3));
  }

  private long claim(long employee, LocalDate takenOn) {
    var pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    return claims.submit(
        employee,
        new EvidenceForm("청렴 리더십", "국민권익위원회", takenOn, new BigDecimal("1.5")),
        EvidenceFile.of("수료증.pdf", pdf));
  }

  private long session(Instant start, int minutes, int capacity) {
    data.execute(
        ("INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, face_to_face, published, check_in_secret)"
                + " VALUES ('대면교육', 'Session', '%s', %d, '시청 3층', %d, TRUE, TRUE, X'%s')")
            .formatted(
                java.sql.Timestamp.from(start),
                minutes,
                capacity,
                HexFormat.of().formatHex(SECRET)));
    return data.count("SELECT MAX(id) FROM training_session");
  }

  private <T> List<Future<T>> race(Callable<T> task) {
    return Race.of(executor, RACERS, task);
  }
}
