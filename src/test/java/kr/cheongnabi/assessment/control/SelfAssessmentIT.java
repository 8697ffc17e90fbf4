package kr.cheongnabi.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kr.cheongnabi.assessment.control.AssessmentReport.PersonRow;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.Attempts;
import kr.cheongnabi.quiz.control.QuizCard;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The senior officials' self-assessment inside the running application: who it is assigned to, one
 * a year, the credit HR sets (and only that) entering the hours ledger once, and the report by
 * person against a count by hand. Every test opens its assessment on a bank of its own for a year
 * of its own, since other tests (and their senior officials) share the database.
 */
class SelfAssessmentIT extends InContainerTest {

  /**
   * Years no other test of this run or an earlier one uses, since there is one assessment a year:
   * from 2100 to 5099 (the browser journey takes later ones).
   */
  private static final AtomicInteger YEARS =
      new AtomicInteger(2100 + (int) (System.currentTimeMillis() / 60_000 % 3000));

  private static final int RACERS = 8;

  @EJB Assessments assessments;
  @EJB AssessmentReport reports;
  @EJB Assignees assignees;
  @EJB Attempts attempts;
  @EJB QuizCatalogue catalogue;

  private LocalDate today;
  private long unit;
  private String bank;
  private final List<Long> opened = new ArrayList<>();

  @BeforeEach
  void aUnitAndABank() {
    today = LocalDate.now(TrainingYear.KOREA);
    unit = data.unit(TestData.unique("A"), "기획조정실", "Planning Office");
    bank = bank();
  }

  /** Closed, so that they are offered to nobody of the other tests. */
  @AfterEach
  void closeWhatWasOpened() {
    opened.forEach(assessments::close);
  }

  @Test
  void openingAssignsItToEverySeniorOfficialInActiveEmploymentAndToNobodyElse() {
    var director = senior("김국장");
    var head = senior("이과장");
    var onLeave = senior("박휴직");
    data.execute("UPDATE employee SET status = 'ON_LEAVE' WHERE id = " + onLeave);
    var clerk = data.employee(TestData.unique("E"), "최주무관", unit);

    var year = YEARS.incrementAndGet();
    var assessment = open(year, bank, today.plusDays(30), 0);

    var assigned = assignees.of(assessment.getId()).keySet();
    assertTrue(assigned.containsAll(Set.of(director, head)), assigned.toString());
    assertFalse(assigned.contains(onLeave), "someone on leave is not asked");
    assertFalse(assigned.contains(clerk), "someone who is not a senior official is not asked");

    var card = card(director).orElseThrow();
    assertEquals(today.plusDays(30), card.dueDate(), "the card says by when");
    assertEquals(0, card.creditMinutes(), "the file's own 45 minutes are not what HR set");
    assertEquals(QuizCard.State.AVAILABLE, card.state());
    assertTrue(card(clerk).isEmpty(), "others do not see it");
    assertTrue(card(onLeave).isEmpty());
    var refused = assertThrows(BusinessException.class, () -> attempts.start(clerk, bank));
    assertEquals("quiz.notAssigned", refused.getMessageKey());
  }

  @Test
  void someoneWhoBecomesASeniorOfficialLaterIsAssignedWhenTheirQuizzesOrTheReportAreRead() {
    var assessment = open(YEARS.incrementAndGet(), bank, today.plusDays(10), 0);
    var appointedLater = senior("정신임");
    var appointedToo = senior("한승진");
    assertFalse(assignees.of(assessment.getId()).containsKey(appointedLater));

    assertTrue(card(appointedLater).isPresent(), "their home page and My quizzes offer it");
    assertTrue(assignees.of(assessment.getId()).containsKey(appointedLater));

    var report = reports.of(assessment);
    assertTrue(row(report.rows(), appointedToo).isPresent(), "HR's report assigns them too");
    assertTrue(assignees.of(assessment.getId()).containsKey(appointedToo));
  }

  @Test
  void thereIsOneAssessmentAYearAndABankServesOneOpenAssessment() {
    var year = YEARS.incrementAndGet();
    var first = open(year, bank, today.plusDays(5), 0);

    var again =
        assertThrows(
            BusinessException.class,
            () -> assessments.open(year, bank(), today.plusDays(5), 0, "hr-test"));
    assertEquals("selfAssessment.taken", again.getMessageKey());
    assertEquals(
        1L, data.count("SELECT COUNT(*) FROM self_assessment WHERE assessment_year = " + year));

    var nextYear = YEARS.incrementAndGet();
    var inUse =
        assertThrows(
            BusinessException.class,
            () -> assessments.open(nextYear, bank, today.plusDays(5), 0, "hr-test"));
    assertEquals("selfAssessment.bankInUse", inUse.getMessageKey());

    assessments.close(first.getId());
    var second = open(nextYear, bank, today.plusDays(5), 0);
    assertTrue(second.isOpen());
  }

  @Test
  void onlyAPublishedAssignedOnlyQuizIsABankAndTheDueDateAndCreditAreChecked() {
    var year = YEARS.incrementAndGet();
    var plain = TestData.unique("it-plain-").toLowerCase();
    load(plain, false);
    var day = today.plusDays(3);

    assertEquals("selfAssessment.noBank", refusal(() -> open(year, plain, day, 0)));
    assertEquals(
        "selfAssessment.dueInPast", refusal(() -> open(year, bank, today.minusDays(1), 0)));
    assertEquals("selfAssessment.creditRange", refusal(() -> open(year, bank, day, 481)));
    assertEquals("selfAssessment.year", refusal(() -> open(1999, bank, day, 0)));
    assertTrue(assessments.ofYear(year).isEmpty(), "nothing is half-saved");
  }

  @Test
  void withoutHrsCreditAPassCreditsNoMinutesWhateverTheQuizFileSays() {
    var director = senior("김무인정");
    open(YEARS.incrementAndGet(), bank, today.plusDays(20), 0);

    var attempt = passAll(director);

    assertEquals(0L, data.count("SELECT COUNT(*) FROM quiz_credit WHERE attempt_id = " + attempt));
    assertEquals(
        0L,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE employee_id = "
                + director
                + " AND source_key LIKE 'quiz-credit:%'"));
  }

  @Test
  void hrsCreditEntersTheLedgerExactlyOnceAndAChangeCountsForLaterPassesOnly() throws Exception {
    var first = senior("이인정");
    var later = senior("박나중");
    var assessment = open(YEARS.incrementAndGet(), bank, today.plusDays(20), 20);

    var attempt = attempts.start(first, bank);
    answerAll(first, attempt);
    for (var finish : Race.of(executor, RACERS, () -> attempts.finish(first, attempt))) {
      assertTrue(finish.get(60, TimeUnit.SECONDS).passed());
    }
    assertEquals(1L, data.count("SELECT COUNT(*) FROM quiz_credit WHERE attempt_id = " + attempt));
    assertEquals(20L, minutesCredited(first));
    assertEquals(1L, ledgerEntries(first));

    var changed =
        assessments.change(assessment.getId(), assessment.getVersion(), today.plusDays(25), 35);
    assertEquals(35, changed.getCreditMinutes());
    passAll(later);
    assertEquals(35L, minutesCredited(later), "a pass after the change credits the new minutes");

    passAll(first);
    assertEquals(20L, minutesCredited(first), "a second pass in the year credits nothing more");
    assertEquals(1L, ledgerEntries(first));
    assertEquals(
        20L,
        data.count(
            "SELECT COALESCE(SUM(minutes), 0) FROM ledger_entry"
                + " WHERE employee_id = "
                + first));
  }

  @Test
  void aSecondAssessmentOnTheSameBankStartsTheAttemptsAfresh() {
    var director = senior("최두해");
    var firstYear = open(YEARS.incrementAndGet(), bank, today.plusDays(5), 0);
    passAll(director);
    passAll(director);
    assertEquals(QuizCard.State.PASSED, card(director).orElseThrow().state());
    assertEquals(
        "quiz.noAttemptsLeft", refusal(() -> attempts.start(director, bank)), "2 attempts used");
    assessments.close(firstYear.getId());
    assertTrue(card(director).isEmpty(), "a closed assessment is offered to nobody");

    open(YEARS.incrementAndGet(), bank, today.plusDays(5), 0);

    var card = card(director).orElseThrow();
    assertEquals(QuizCard.State.AVAILABLE, card.state());
    assertEquals(0, card.attemptsUsed(), "last year's attempts belong to last year");
    assertTrue(attempts.start(director, bank) > 0);
  }

  /**
   * The report of an assessment written into the tables with its people and their attempts, closed,
   * so that nobody else's senior officials join it: every figure against a count by hand.
   */
  @Test
  void theReportShowsEachPersonAndCountsAsAHandCountDoes() {
    var year = YEARS.incrementAndGet();
    var quizId = data.count("SELECT id FROM quiz WHERE quiz_key = '" + bank + "'");
    var assessmentId =
        data.insert(
            ("INSERT INTO self_assessment (assessment_year, quiz_key, due_date, credit_minutes,"
                    + " opened_at, opened_by, closed_at, open_quiz_key, version) VALUES (%d, '%s',"
                    + " '2026-06-30', 0, '2026-03-02 03:00:00', 'hr-test', '2026-10-01 03:00:00',"
                    + " NULL, 0)")
                .formatted(year, bank));
    // 김완료 failed, then passed: completed on the first finish, best 100, 2 attempts.
    var passedSecond = assigned(assessmentId, senior("김완료"));
    attempt(quizId, passedSecond, 1, "2026-03-10 03:00:00", "2026-03-10 03:05:00", 1, false);
    attempt(quizId, passedSecond, 2, "2026-04-01 03:00:00", "2026-04-01 03:05:00", 3, true);
    // 이실패: 2 of 3, not passed: best 66.
    var failed = assigned(assessmentId, senior("이실패"));
    attempt(quizId, failed, 1, "2026-05-05 03:00:00", "2026-05-05 03:05:00", 2, false);
    // 박미응시 took nothing.
    var notStarted = assigned(assessmentId, senior("박미응시"));
    // 최진행 started and never finished.
    var unfinished = assigned(assessmentId, senior("최진행"));
    attempt(quizId, unfinished, 1, "2026-09-30 03:00:00", null, null, null);
    // 정이전 passed before it opened and after it closed: neither counts.
    var outside = assigned(assessmentId, senior("정이전"));
    attempt(quizId, outside, 1, "2026-02-01 03:00:00", "2026-02-01 03:05:00", 3, true);
    attempt(quizId, outside, 2, "2026-10-05 03:00:00", "2026-10-05 03:05:00", 3, true);
    // 한퇴직 completed it, then left: the result stays, marked.
    var leftSince = assigned(assessmentId, senior("한퇴직"));
    attempt(quizId, leftSince, 1, "2026-06-01 03:00:00", "2026-06-01 03:05:00", 3, true);
    data.execute(
        "UPDATE employee SET status = 'LEFT', senior_official = FALSE WHERE id = " + leftSince);
    // 강해제 is no longer a senior official and never took it: no longer asked.
    var noLonger = assigned(assessmentId, senior("강해제"));
    data.execute("UPDATE employee SET senior_official = FALSE WHERE id = " + noLonger);
    // 윤일반 took the bank without being assigned (not a senior official): not in the report.
    var stranger = data.employee(TestData.unique("E"), "윤일반", unit);
    attempt(quizId, stranger, 1, "2026-05-05 03:00:00", "2026-05-05 03:05:00", 3, true);

    var report = reports.of(assessments.ofYear(year).orElseThrow());

    assertEquals(
        List.of(passedSecond, notStarted, failed, outside, unfinished, leftSince),
        report.rows().stream().map(PersonRow::employeeId).toList(),
        "by unit and name; those no longer asked who did not complete it are left out");
    var figures = report.figures();
    assertEquals(6, figures.assigned());
    assertEquals(3, figures.completed());
    assertEquals(2, figures.passed());
    // (100 + 66 + 100) / 3 = 88.67
    assertEquals(new BigDecimal("88.7"), figures.averagePercent());
    assertEquals(50, figures.completionPercent());

    var first = row(report.rows(), passedSecond).orElseThrow();
    assertEquals(LocalDate.of(2026, 3, 10), first.completedOn());
    assertEquals(100, first.bestPercent());
    assertTrue(first.passed());
    assertEquals(2, first.attempts());
    assertEquals("기획조정실", first.unitName().ko());
    assertEquals("과장", first.position());
    var second = row(report.rows(), failed).orElseThrow();
    assertEquals(66, second.bestPercent());
    assertFalse(second.passed());
    var open = row(report.rows(), unfinished).orElseThrow();
    assertNull(open.completedOn());
    assertNull(open.bestPercent());
    assertEquals(1, open.attempts());
    var before = row(report.rows(), outside).orElseThrow();
    assertEquals(0, before.attempts());
    assertFalse(before.completed());
    assertFalse(row(report.rows(), leftSince).orElseThrow().stillAsked());
    assertEquals(
        List.of(notStarted, outside, unfinished),
        report.rows(true).stream().map(PersonRow::employeeId).toList());
  }

  private SelfAssessment open(int year, String quizKey, LocalDate due, int minutes) {
    var assessment = assessments.open(year, quizKey, due, minutes, "hr-test").assessment();
    opened.add(assessment.getId());
    return assessment;
  }

  private long senior(String name) {
    var id = data.employee(TestData.unique("S"), name, unit);
    data.execute("UPDATE employee SET senior_official = TRUE, position = '과장' WHERE id = " + id);
    return id;
  }

  private long assigned(long assessmentId, long employeeId) {
    data.execute(
        ("INSERT INTO self_assessment_assignee (assessment_id, employee_id, assigned_at)"
                + " VALUES (%d, %d, '2026-03-02 03:00:00')")
            .formatted(assessmentId, employeeId));
    return employeeId;
  }

  /**
   * An attempt of 3 statements as Attempts leaves it; not finished when {@code finished} is null.
   */
  private void attempt(
      long quizId,
      long employeeId,
      int number,
      String started,
      String finished,
      Integer right,
      Boolean passed) {
    data.insert(
        ("INSERT INTO quiz_attempt (quiz_id, quiz_version_id, employee_id, attempt_no, seed,"
                + " statement_order, started_at, finished_at, right_count, total, passed,"
                + " open_marker) SELECT id, current_version_id, %d, %d, 0, '', '%s', %s, %s, 3,"
                + " %s, %s FROM quiz WHERE id = %d")
            .formatted(
                employeeId,
                number,
                started,
                finished == null ? "NULL" : "'" + finished + "'",
                right == null ? "NULL" : right,
                passed == null ? "NULL" : passed,
                finished == null ? "1" : "NULL",
                quizId));
  }

  private Optional<QuizCard> card(long employeeId) {
    return attempts.cards(employeeId).stream().filter(c -> c.quizKey().equals(bank)).findFirst();
  }

  private static Optional<PersonRow> row(List<PersonRow> rows, long employeeId) {
    return rows.stream().filter(r -> r.employeeId() == employeeId).findFirst();
  }

  /** Takes the bank and answers every statement right; the attempt's id. */
  private long passAll(long employeeId) {
    var attempt = attempts.start(employeeId, bank);
    answerAll(employeeId, attempt);
    assertTrue(attempts.finish(employeeId, attempt).passed());
    return attempt;
  }

  private void answerAll(long employeeId, long attempt) {
    for (var statement : attempts.view(employeeId, attempt).statements()) {
      attempts.answer(employeeId, attempt, statement.key(), !statement.key().endsWith("-02"));
    }
  }

  private long minutesCredited(long employeeId) {
    return data.count(
        "SELECT COALESCE(SUM(minutes), 0) FROM quiz_credit WHERE employee_id = " + employeeId);
  }

  private long ledgerEntries(long employeeId) {
    return data.count(
        "SELECT COUNT(*) FROM ledger_entry WHERE employee_id = "
            + employeeId
            + " AND source_key LIKE 'quiz-credit:%'");
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }

  /** A new assigned-only bank of three statements, published as files are. */
  private String bank() {
    var key = TestData.unique("it-bank-").toLowerCase();
    load(key, true);
    return key;
  }

  private void load(String key, boolean assignedOnly) {
    var gift =
        """
        // @quiz %1$s
        // @title.ko 시험용 자가진단
        // @title.en A self-assessment for the test
        // @pass-mark 60
        // @credit-minutes 45
        // @attempts 2
        // @shuffle false
        // @assigned-only %2$s

        // @en One is true.
        ::%1$s-01::하나는 참이다.{T}

        // @en Two is false.
        ::%1$s-02::둘은 거짓이다.{F}

        // @en Three is true.
        ::%1$s-03::셋은 참이다.{T}
        """
            .formatted(key, assignedOnly);
    var outcome = catalogue.loadFile(key + ".gift", gift.getBytes(StandardCharsets.UTF_8));
    assertTrue(outcome.problems().isEmpty(), outcome.toString());
  }
}
