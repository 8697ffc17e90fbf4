package kr.cheongnabi.requirement.control;

import static java.util.Locale.ENGLISH;
import static java.util.Locale.KOREAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.control.EmployeeTarget;
import kr.cheongnabi.ledger.control.YearTarget;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The yearly requirement and what everyone owes, inside the running application on the real
 * database: changes recorded and guarded against lost updates, group overrides reaching the
 * obligations, the stored rows equal to the rule, and two recomputations at once.
 */
class RequirementsIT extends InContainerTest {

  private static final int SAMPLE_YEAR = 2029;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @EJB RequirementBook book;
  @EJB Obligations obligations;
  @Inject ObligationTargets targets;

  private long unit;
  private String author;

  @BeforeEach
  void aUnit() {
    unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    author = TestData.unique("hr");
  }

  @Test
  void everyChangedValueIsRecordedWithWhoBeforeAndAfterAndAStaleVersionIsTurnedDown() {
    var year = 2901;
    var seen = book.settings(year);
    book.change(year, seen.version(), new RequirementValues(360, 120, 5, true), author);

    var changes = book.settings(year).changes();
    var mine = changes.stream().filter(c -> c.changedBy().equals(author)).toList();
    assertEquals(3, mine.size(), "target, alert days and unit head changed; the floor did not");
    var target = mine.stream().filter(c -> c.subject() == RequirementSubject.TARGET).findFirst();
    assertEquals("5시간", target.orElseThrow().shown(target.orElseThrow().before(), KOREAN));
    assertEquals("6 h", target.orElseThrow().shown(target.orElseThrow().after(), ENGLISH));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM requirement_change WHERE changed_by = '"
                + author
                + "' AND subject = 'ALERT_DAYS_BEFORE' AND before_value = '7'"
                + " AND after_value = '5'"));

    // A second HR officer saves over the version the first one had already changed.
    var stale =
        assertThrows(
            BusinessException.class,
            () ->
                book.change(
                    year, seen.version(), new RequirementValues(420, 120, 5, true), "other"));
    assertEquals("requirement.changedMeanwhile", stale.getMessageKey());
    assertEquals(360, book.settings(year).target().targetMinutes());
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM requirement_change WHERE changed_by = 'other'"));

    var current = book.settings(year).version();
    book.putOverride(year, current, GroupKind.GRADE, "4급", 480, 180, author);
    var group =
        assertThrows(
            BusinessException.class,
            () -> book.putOverride(year, current, GroupKind.GRADE, "5급", 480, 180, "other"));
    assertEquals("requirement.changedMeanwhile", group.getMessageKey(), "groups move the version");
  }

  @Test
  void aGroupOverrideChangesWhatItsPeopleOweAndRemovingItChangesItBack() {
    var year = 2902;
    var senior = data.employee(TestData.unique("E"), "고위직", unit);
    data.execute("UPDATE employee SET senior_official = TRUE WHERE id = " + senior);
    var other = data.employee(TestData.unique("E"), "주무관", unit);
    obligations.recomputeYear(year, author);
    assertEquals(300, owed(year, senior));

    book.putOverride(
        year, book.settings(year).version(), GroupKind.SENIOR_OFFICIAL, "", 600, 240, author);
    await(() -> owed(year, senior), 600);
    assertEquals(240, data.count(obligation("floor_minutes", year, senior)));
    assertEquals(300, owed(year, other));
    var added = book.settings(year).changes().get(0);
    assertEquals(RequirementSubject.OVERRIDE, added.subject());
    assertEquals(GroupKind.SENIOR_OFFICIAL, added.groupKind());
    assertEquals("10 h / 4 h", added.shown(added.after(), ENGLISH));

    book.removeOverride(year, book.settings(year).version(), GroupKind.SENIOR_OFFICIAL, "", author);
    await(() -> owed(year, senior), 300);
    assertEquals(null, book.settings(year).changes().get(0).after(), "a removal has no after");
  }

  @Test
  void theStoredObligationsEqualTheRuleForASampleOfHistories() {
    var y = SAMPLE_YEAR;
    var sample = new ArrayList<Sample>();
    sample.add(person("전년 재직", date(y - 5, 3, 2), period("ACTIVE", date(y - 5, 3, 2), null)));
    sample.add(person("연중 입사", date(y, 7, 1), period("ACTIVE", date(y, 7, 1), null)));
    sample.add(
        person(
            "연중 퇴직",
            date(y - 3, 1, 2),
            period("ACTIVE", date(y - 3, 1, 2), date(y, 3, 31)),
            period("LEFT", date(y, 4, 1), null)));
    sample.add(
        person(
            "해를 넘긴 휴직",
            date(y - 3, 1, 2),
            period("ACTIVE", date(y - 3, 1, 2), date(y - 1, 10, 31)),
            period("ON_LEAVE", date(y - 1, 11, 1), date(y, 2, 28)),
            period("ACTIVE", date(y, 3, 1), null)));
    sample.add(
        person(
            "파견",
            date(y - 3, 1, 2),
            period("ACTIVE", date(y - 3, 1, 2), date(y, 4, 30)),
            period("DISPATCHED", date(y, 5, 1), date(y, 10, 31)),
            period("ACTIVE", date(y, 11, 1), null)));
    var leftBefore =
        person(
            "전년 퇴직",
            date(y - 3, 1, 2),
            period("ACTIVE", date(y - 3, 1, 2), date(y - 1, 6, 30)),
            period("LEFT", date(y - 1, 7, 1), null));
    var hiredAfter =
        person("다음 해 입사", date(y + 1, 1, 5), period("ACTIVE", date(y + 1, 1, 5), null));
    // A row left over from before the history was corrected must go.
    data.execute(
        "INSERT INTO obligation (training_year, employee_id, org_unit_id, owed_minutes,"
            + " floor_minutes, counted_days, face_to_face_required, computed_at) SELECT "
            + y
            + ", id, org_unit_id, 300, 120, 365, FALSE, NOW(3) FROM employee WHERE id = "
            + leftBefore.id());

    obligations.recomputeYear(y, author);

    var requirement = book.requirementOf(y);
    for (var person : sample) {
      var expected = OwedMinutes.of(person.facts(), requirement).orElseThrow();
      assertEquals(
          expected.owedMinutes() + "/" + expected.floorMinutes() + "/" + expected.countedDays(),
          text(y, person.id()),
          person.facts().toString());
      assertEquals(
          expected.faceToFaceRequired() ? 1 : 0,
          data.count(obligation("face_to_face_required", y, person.id())));
    }
    assertEquals("152/61/184", text(y, sample.get(1).id()), "a mid-year hire owes half the year");
    assertEquals(1, data.count(obligation("face_to_face_required", y, sample.get(1).id())));
    assertEquals(0, rows(y, leftBefore.id()), "someone who left the year before owes nothing");
    assertEquals(0, rows(y, hiredAfter.id()), "someone hired after the year owes nothing");

    // My training shows the employee's own figures, and the year's where they owe nothing.
    assertEquals(
        new EmployeeTarget(new YearTarget(152, 61), true, false),
        targets.of(sample.get(1).id(), y));
    assertEquals(EmployeeTarget.of(YearTarget.DEFAULT), targets.of(hiredAfter.id(), y));
  }

  @Test
  void twoRecomputationsAtOnceLeaveEveryoneEmployedWithOneCorrectRow() throws Exception {
    var year = 2903;
    var mine = new ArrayList<Long>();
    for (int i = 0; i < 30; i++) {
      mine.add(data.employee(TestData.unique("E"), "동시" + i, unit));
    }
    for (var result : Race.of(executor, 2, () -> obligations.recomputeYear(year, author))) {
      assertTrue(result.get(120, TimeUnit.SECONDS) >= 0);
    }
    var ids = mine.stream().map(String::valueOf).collect(Collectors.joining(","));
    assertEquals(
        mine.size(),
        data.count(
            "SELECT COUNT(*) FROM obligation WHERE training_year = "
                + year
                + " AND employee_id IN ("
                + ids
                + ")"),
        "each of them has one row");
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM (SELECT employee_id FROM obligation WHERE training_year = "
                + year
                + " GROUP BY employee_id HAVING COUNT(*) > 1) twice"),
        "nobody has two");
    for (var id : mine) {
      assertEquals(300, owed(year, id));
    }
    var progress = obligations.progress(year).orElseThrow();
    assertNotNull(progress.finishedAt(), "the run that took over finished");
    assertEquals(progress.total(), progress.done());
    assertEquals(100, progress.percent());
    assertTrue(!obligations.missing(year));
  }

  @Test
  void completingAYearComputesOnlyThoseWithoutAnObligationAsAStartUpDoes() {
    var year = 2904;
    var stored = data.employee(TestData.unique("E"), "저장됨", unit);
    data.obligation(year, stored, 77, 11, false);
    var without = data.employee(TestData.unique("E"), "빠짐", unit);
    var hiredAfter = data.employee(TestData.unique("E"), "다음 해", unit);
    data.execute("UPDATE employee SET hire_date = '2905-01-05' WHERE id = " + hiredAfter);
    assertTrue(obligations.missing(year));

    assertTrue(obligations.completeYear(year) >= 1);

    assertEquals(300, owed(year, without));
    assertEquals(77, owed(year, stored), "a stored row is left as it is");
    assertEquals(0, rows(year, hiredAfter), "someone hired after the year owes nothing");
    assertFalse(obligations.missing(year));
    assertEquals(0, obligations.completeYear(year), "started again, there is nothing to compute");
  }

  private record Sample(long id, EmployeeFacts facts) {}

  private Sample person(String name, LocalDate hired, StatusPeriod... periods) {
    var id = data.employee(TestData.unique("E"), name, unit);
    data.execute("UPDATE employee SET hire_date = '" + hired + "' WHERE id = " + id);
    for (var p : periods) {
      data.execute(
          "INSERT INTO employment_period (employee_id, status, start_date, end_date) VALUES (%d, '%s', '%s', %s)"
              .formatted(
                  id, p.status(), p.start(), p.end() == null ? "NULL" : "'" + p.end() + "'"));
    }
    return new Sample(
        id, new EmployeeFacts(hired, EmploymentType.REGULAR, null, false, null, List.of(periods)));
  }

  private static StatusPeriod period(String status, LocalDate start, LocalDate end) {
    return new StatusPeriod(EmploymentStatus.valueOf(status), start, end);
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private long owed(int year, long employee) {
    return data.count(obligation("owed_minutes", year, employee));
  }

  private String text(int year, long employee) {
    return data.text(
        obligation("CONCAT(owed_minutes, '/', floor_minutes, '/', counted_days)", year, employee));
  }

  private long rows(int year, long employee) {
    return data.count(obligation("COUNT(*)", year, employee));
  }

  private static String obligation(String what, int year, long employee) {
    return "SELECT "
        + what
        + " FROM obligation WHERE training_year = "
        + year
        + " AND employee_id = "
        + employee;
  }

  /** Waits for the recomputation a change started in the background. */
  private static void await(LongSupplier value, long expected) {
    var until = System.nanoTime() + PATIENCE.toNanos();
    while (value.getAsLong() != expected && System.nanoTime() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertEquals(expected, value.getAsLong());
  }
}
