package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import kr.cheongnabi.ledger.control.ChainProblem.Kind;
import kr.cheongnabi.ledger.control.DigestCheck.Outcome;
import kr.cheongnabi.ledger.control.TotalDisagreement.Figure;
import kr.cheongnabi.ledger.entity.EntryContent;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.Forgery;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.Attempts;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.QuizCreditsInLedger;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hours ledger inside the running application, on the real database: exactly-once credit under
 * racing appends, totals, the database refusing changes, and verification finding what someone with
 * the database owner's rights changed, removed or inserted.
 */
class LedgerIT extends InContainerTest {

  private static final int RACERS = 8;
  private static final int YEAR = 2025;
  private static final Instant AT = Instant.parse("2025-06-02T01:00:00Z");
  private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

  @EJB Ledger ledger;
  @EJB ChainVerification chain;
  @EJB XapiStatements xapi;
  @EJB QuizCatalogue catalogue;
  @EJB Attempts attempts;
  @EJB QuizCreditsInLedger quizCredits;

  private long unit;
  private String number;
  private long employee;

  @BeforeEach
  void anEmployee() {
    unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Office");
    number = TestData.unique("E");
    employee = data.employee(number, "이원장", unit);
  }

  @Test
  void theSameSourceAppendedByEightThreadsAtOnceIsCreditedOnce() throws Exception {
    var entries = race(1, source -> Credit.module(employee, YEAR, 45, source, AT), "hr");
    assertEquals(RACERS, entries.size());
    assertEquals(
        1,
        entries.stream().map(LedgerEntry::getId).distinct().count(),
        "every caller gets the one entry back");
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM ledger_entry WHERE employee_id = " + employee));
    assertEquals(45, ledger.totalOf(employee, YEAR).total());
    assertEquals(45, ledger.totalOf(employee, YEAR).modules());
  }

  @Test
  void appendsFromManyThreadsFormOneContiguousChainThatVerifies() throws Exception {
    var before = chain.head().getSequence();
    var perThread = 130;
    var sequences = new HashSet<Long>();
    for (var entry : race(perThread, s -> Credit.session(employee, YEAR, 60, s, AT), "trainer")) {
      sequences.add(entry.getSequence());
    }
    var appended = RACERS * perThread;
    assertEquals(appended, sequences.size());
    // Other tests may credit hours meanwhile: the chain grew by at least these, after the head.
    assertTrue(chain.head().getSequence() >= before + appended);
    assertTrue(sequences.stream().allMatch(sequence -> sequence > before));

    var verification = chain.verify();
    assertTrue(verification.intact(), () -> "not intact: " + verification.problem());
    assertTrue(verification.length() > ChainVerification.CHUNK, "the walk crossed a chunk");
    assertEquals(chain.head().getHash(), verification.headHash());
    assertEquals(appended * 60, ledger.totalOf(employee, YEAR).inPerson());
  }

  @Test
  void theYearlyTotalsEqualTheSumsOfTheEntriesByKind() {
    ledger.append(Credit.quiz(employee, YEAR, 30, 1, AT), Ledger.SYSTEM);
    ledger.append(Credit.module(employee, YEAR, 60, 2, AT.plusSeconds(60)), Ledger.SYSTEM);
    ledger.append(Credit.session(employee, YEAR, 120, 3, AT.plusSeconds(120)), "trainer");
    ledger.append(Credit.external(employee, YEAR, 240, 4, AT.plusSeconds(180)), "hr");
    var last = AT.plusSeconds(240);
    ledger.append(Credit.correction(employee, YEAR, -15, "중복", UUID.randomUUID(), last), "hr");
    ledger.append(Credit.quiz(employee, YEAR - 1, 45, 5, AT.minusSeconds(3600 * 24 * 200)), "s");

    var total = ledger.totalOf(employee, YEAR);
    assertEquals(sum("1 = 1"), total.total());
    assertEquals(435, total.total());
    assertEquals(sum("kind = 'QUIZ'"), total.quizzes());
    assertEquals(sum("kind = 'ONLINE_MODULE'"), total.modules());
    assertEquals(sum("kind = 'IN_PERSON'"), total.inPerson());
    assertEquals(sum("kind = 'EXTERNAL'"), total.external());
    assertEquals(sum("kind = 'CORRECTION'"), total.corrections());
    assertEquals(90, total.online());
    assertEquals(5, total.entries());
    assertEquals(last, total.lastCreditAt());
    assertEquals(45, ledger.totalOf(employee, YEAR - 1).total());
    assertEquals(0, ledger.totalOf(employee, YEAR - 2).total());
  }

  @Test
  void aCorrectionMayNotTakeTheYearBelowZeroAndTheSameFormCountsOnce() {
    ledger.append(Credit.quiz(employee, YEAR, 30, 1, AT), Ledger.SYSTEM);
    var request = UUID.randomUUID();
    var tooMuch = Credit.correction(employee, YEAR, -31, "too much", request, AT);
    var refused = assertThrows(BusinessException.class, () -> ledger.append(tooMuch, "hr"));
    assertEquals("ledger.belowZero", refused.getMessageKey());

    var correction =
        Credit.correction(employee, YEAR, -30, "quiz credited by mistake", request, AT);
    var first = ledger.append(correction, "hr");
    var again = ledger.append(correction, "hr");
    assertEquals(first.getId(), again.getId());
    assertEquals("quiz credited by mistake", first.getReason());
    assertEquals(0, ledger.totalOf(employee, YEAR).total());
  }

  @Test
  void verificationNamesEmployeeWhoseTotalDisagrees() {
    ledger.append(Credit.quiz(employee, YEAR, 30, 1, AT), Ledger.SYSTEM);
    ledger.append(Credit.module(employee, YEAR, 60, 2, AT), Ledger.SYSTEM);
    var before = chain.verify().totals();
    assertEquals(List.of(), disagreementsOf(before), "the totals kept with each entry agree");

    // Someone with access to the database raises the total; no trigger guards the totals.
    var raise = "total_minutes = total_minutes + %1$d, module_minutes = module_minutes + %1$d";
    data.execute(totalUpdate(raise.formatted(6000)));
    try {
      var after = chain.verify();
      assertTrue(after.intact(), "the chain itself is untouched");
      assertEquals(
          List.of(new TotalDisagreement(employee, number, "이원장", YEAR, Figure.TOTAL, 6090, 90)),
          disagreementsOf(after.totals()));
      assertEquals(before.totalsDisagreeing() + 1, after.totals().totalsDisagreeing());
      assertFalse(after.totals().agree());
    } finally {
      data.execute(totalUpdate(raise.formatted(-6000)));
    }
    assertEquals(List.of(), disagreementsOf(chain.verify().totals()));

    // Minutes moved from one kind to another, the sum kept: still named, by the first figure.
    var shift = "quiz_minutes = quiz_minutes + %1$d, module_minutes = module_minutes - %1$d";
    data.execute(totalUpdate(shift.formatted(15)));
    try {
      assertEquals(
          List.of(
              new TotalDisagreement(employee, number, "이원장", YEAR, Figure.ONLINE_MODULE, 45, 60)),
          disagreementsOf(chain.verify().totals()));
    } finally {
      data.execute(totalUpdate(shift.formatted(-15)));
    }
  }

  @Test
  void anEntryChangedWithTheTriggersDroppedLeavesItsTotalNamedAsWrong() throws Exception {
    var entries = fourEntries();
    var second = entries.get(1);
    try (var dba = new Tampering(dataSource, second.getSequence())) {
      dba.execute("UPDATE ledger_entry SET minutes = minutes + 600 WHERE id = ?", second.getId());
      var verification = chain.verify();
      assertEquals(Kind.CHANGED, verification.problem().kind());
      var named = disagreementsOf(verification.totals());
      assertEquals(1, named.size(), named::toString);
      assertEquals(Figure.TOTAL, named.get(0).figure());
      assertEquals(named.get(0).stored() + 600, named.get(0).computed());
    }
    assertEquals(List.of(), disagreementsOf(chain.verify().totals()));
  }

  @Test
  void verificationNamesMonthWhoseTotalDisagrees() {
    var june = AT.plusSeconds(3600);
    ledger.append(Credit.session(employee, YEAR, 120, 1, june), "trainer");
    var before = juneDifference(chain.verify().totals());

    var update =
        "UPDATE ledger_month_total SET minutes = minutes + %d WHERE training_year = "
            + YEAR
            + " AND month_no = 6 AND org_unit_id = "
            + unit;
    data.execute(update.formatted(500));
    try {
      assertEquals(before + 500, juneDifference(chain.verify().totals()));
    } finally {
      data.execute(update.formatted(-500));
    }
    assertEquals(before, juneDifference(chain.verify().totals()));
  }

  @Test
  void refusesCorrectionOfOnesOwnHoursAlsoToAnAdministrator() {
    ledger.append(Credit.quiz(employee, YEAR, 30, 1, AT), Ledger.SYSTEM);
    var username = TestData.unique("adm").toLowerCase();
    data.account(username, "administrator-password", employee, "ADMIN", "HR");
    var own = Credit.correction(employee, YEAR, 600, "교육 누락", UUID.randomUUID(), AT);

    var refused = assertThrows(BusinessException.class, () -> ledger.append(own, username));
    assertEquals("ledger.ownRecord", refused.getMessageKey());
    assertEquals(30, ledger.totalOf(employee, YEAR).total());
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM security_event WHERE kind = 'OWN_CORRECTION_REFUSED'"
                + " AND username = '"
                + username
                + "' AND detail = 'employee="
                + employee
                + " year="
                + YEAR
                + " minutes=600'"),
        "the audit keeps who tried, what and when");

    ledger.append(own, "another-hr-officer");
    assertEquals(630, ledger.totalOf(employee, YEAR).total(), "someone else may correct it");
  }

  @Test
  void theApplicationsDatabaseUserCannotChangeOrRemoveAnEntry() {
    var entry = ledger.append(Credit.quiz(employee, YEAR, 30, 1, AT), Ledger.SYSTEM);
    for (var sql :
        List.of(
            "UPDATE ledger_entry SET minutes = 600 WHERE id = " + entry.getId(),
            "DELETE FROM ledger_entry WHERE id = " + entry.getId(),
            "REPLACE INTO ledger_entry SELECT * FROM ledger_entry WHERE id = " + entry.getId())) {
      var refused = assertThrows(IllegalStateException.class, () -> data.execute(sql), sql);
      var cause = (SQLException) refused.getCause();
      assertEquals("45000", cause.getSQLState(), sql);
      assertTrue(cause.getMessage().contains("append-only"), cause.getMessage());
    }
    assertEquals(30, data.count("SELECT minutes FROM ledger_entry WHERE id = " + entry.getId()));
  }

  @Test
  void anEntryChangedInSqlIsNamedByItsSequenceNumber() throws Exception {
    var entries = fourEntries();
    var second = entries.get(1);
    try (var dba = new Tampering(dataSource, second.getSequence())) {
      dba.execute("UPDATE ledger_entry SET minutes = 600 WHERE id = ?", second.getId());
      assertProblem(Kind.CHANGED, second.getSequence(), second.getId());
    }
    assertTrue(chain.verify().intact());
  }

  @Test
  void anEntryDeletedInSqlIsNamedAsMissing() throws Exception {
    var entries = fourEntries();
    var second = entries.get(1);
    try (var dba = new Tampering(dataSource, second.getSequence())) {
      dba.execute("DELETE FROM ledger_entry WHERE id = ?", second.getId());
      assertProblem(Kind.MISSING, second.getSequence(), null);
    }
    var last = entries.get(3);
    try (var dba = new Tampering(dataSource, last.getSequence())) {
      dba.execute("DELETE FROM ledger_entry WHERE id = ?", last.getId());
      assertProblem(Kind.MISSING, last.getSequence(), null);
    }
    assertTrue(chain.verify().intact());
  }

  @Test
  void aForgedEntryIsNamedAsInserted() throws Exception {
    var entries = fourEntries();
    var last = entries.get(3);
    try (var dba = new Tampering(dataSource, last.getSequence() + 1)) {
      var forged = forged(last.getSequence() + 1, last.getHash());
      dba.insert(forged, forged.hash());
      assertProblem(Kind.INSERTED, forged.sequence(), idOf(forged));
    }
    // Knowing how hashes are made: slipped in after the first, the rest renumbered, head moved.
    var first = entries.get(0);
    var second = entries.get(1);
    try (var dba = new Tampering(dataSource, second.getSequence())) {
      dba.execute(
          "UPDATE ledger_entry SET seq_no = seq_no + 1 WHERE seq_no >= ? ORDER BY seq_no DESC",
          second.getSequence());
      var forged = forged(second.getSequence(), first.getHash());
      dba.insert(forged, forged.hash());
      dba.execute("UPDATE ledger_head SET seq_no = seq_no + 1 WHERE id = 1");
      assertProblem(Kind.INSERTED, second.getSequence(), idOf(forged));
    }
    assertTrue(chain.verify().intact());
  }

  @Test
  void aKeptDigestMatchesUntilTheLedgerIsRewrittenEvenWithNewHashes() throws Exception {
    var entries = fourEntries();
    var kept = Digest.parse(chain.digest().toJson());
    assertEquals(entries.get(3).getSequence(), kept.sequence());
    assertEquals(Outcome.MATCHES, chain.check(kept).outcome());

    var second = entries.get(1);
    try (var dba = new Tampering(dataSource, second.getSequence())) {
      var previous = entries.get(0).getHash();
      for (var entry : entries.subList(1, 4)) {
        var minutes = entry == second ? 600 : entry.getMinutes();
        var rewritten = Forgery.of(entry.content(), entry.getSequence(), minutes, previous);
        previous = rewritten.hash();
        dba.execute(
            "UPDATE ledger_entry SET minutes = ?, previous_hash = ?, entry_hash = ? WHERE id = ?",
            minutes,
            rewritten.previousHash(),
            previous,
            entry.getId());
      }
      dba.execute("UPDATE ledger_head SET entry_hash = ? WHERE id = 1", previous);
      assertTrue(chain.verify().intact(), "a careful rewrite passes the chain's own check");
      assertEquals(Outcome.DIFFERS, chain.check(kept).outcome(), "but not the kept digest");
    }
    var third = entries.get(2);
    try (var dba = new Tampering(dataSource, third.getSequence())) {
      dba.execute("UPDATE ledger_entry SET minutes = 1 WHERE id = ?", third.getId());
      var check = chain.check(kept);
      assertEquals(Outcome.BROKEN, check.outcome());
      assertEquals(
          new ChainProblem(Kind.CHANGED, third.getSequence(), third.getId()), check.problem());
    }
    var last = entries.get(3);
    try (var dba = new Tampering(dataSource, last.getSequence())) {
      dba.execute("DELETE FROM ledger_entry WHERE id = ?", last.getId());
      dba.execute(
          "UPDATE ledger_head SET seq_no = ?, entry_hash = ? WHERE id = 1",
          third.getSequence(),
          third.getHash());
      assertTrue(chain.verify().intact(), "cut back with the head moved, the chain looks whole");
      assertEquals(Outcome.SHORTER, chain.check(kept).outcome());
    }
    assertEquals(Outcome.MATCHES, chain.check(kept).outcome());
  }

  @Test
  void aPassedQuizIsCreditedOnceAndBecomesAPassedStatementForTheRecordStore() {
    data.execute("UPDATE employee SET email = 'lee@example.go.kr' WHERE id = " + employee);
    var quiz = TestData.unique("it-ledger-").toLowerCase();
    var loaded = catalogue.loadFile(quiz + ".gift", gift(quiz).getBytes(StandardCharsets.UTF_8));
    assertTrue(loaded.problems().isEmpty(), loaded.toString());
    var attempt = attempts.start(employee, quiz);
    attempts.answer(employee, attempt, quiz + "-01", true);
    attempts.finish(employee, attempt);
    attempts.finish(employee, attempt);

    var year = Credit.trainingYearOf(Instant.now());
    var credit = data.count("SELECT id FROM quiz_credit WHERE attempt_id = " + attempt);
    var entries = ledger.entriesOf(employee, year);
    assertEquals(1, entries.size());
    var entry = entries.get(0);
    assertEquals(SourceKey.of(EntryKind.QUIZ, credit), entry.getSource());
    assertEquals(30, entry.getMinutes());
    assertEquals(Ledger.SYSTEM, entry.getRecordedBy());
    assertEquals(30, ledger.totalOf(employee, year).quizzes());

    var now = Instant.now();
    ledger.append(Credit.correction(employee, year, -5, "late", UUID.randomUUID(), now), "hr");
    ledger.append(Credit.module(employee, year, 60, 3, now), Ledger.SYSTEM);
    var base = URI.create("https://cheongnabi.example.go.kr/");
    var page = xapi.after(entry.getSequence() - 1, 1, base);
    assertEquals(1, page.statements().size());
    assertEquals(entry.getSequence(), page.nextSince());
    var statement = page.statements().get(0);
    assertEquals(VERBS + "passed", statement.getJsonObject("verb").getString("id"));
    assertEquals("PT30M", statement.getJsonObject("result").getString("duration"));
    assertEquals("mailto:lee@example.go.kr", statement.getJsonObject("actor").getString("mbox"));
    assertEquals(
        base + "xapi/activities/quiz-credit/" + credit,
        statement.getJsonObject("object").getString("id"));

    var next = xapi.after(page.nextSince(), 1, base);
    assertEquals(
        VERBS + "completed", next.statements().get(0).getJsonObject("verb").getString("id"));
    assertNull(next.nextSince(), "the correction in between has no statement");
  }

  @Test
  void quizCreditsFromBeforeTheLedgerAreCarriedInOnce() {
    var quiz = data.quiz(TestData.unique("it-old-").toLowerCase(), "예전 퀴즈");
    var credit = data.quizCredit(quiz, employee, 2024, 20);
    assertTrue(quizCredits.carryOver() >= 1);
    quizCredits.carryOver();
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE source_key = 'quiz-credit:"
                + credit
                + "' AND employee_id = "
                + employee));
    assertEquals(20, ledger.totalOf(employee, 2024).quizzes());
  }

  private List<LedgerEntry> fourEntries() {
    for (int source = 1; source <= 4; source++) {
      ledger.append(Credit.quiz(employee, YEAR, 10 * source, source, AT), Ledger.SYSTEM);
    }
    var entries = ledger.entriesOf(employee, YEAR);
    assertEquals(chain.head().getSequence(), entries.get(3).getSequence(), "ours are the last");
    return entries;
  }

  private EntryContent forged(long sequence, String previousHash) {
    return new EntryContent(
        sequence,
        employee,
        YEAR,
        600,
        EntryKind.QUIZ,
        SourceKey.of(EntryKind.QUIZ, 999_999),
        AT,
        AT,
        Ledger.SYSTEM,
        null,
        previousHash);
  }

  private long idOf(EntryContent forged) {
    return data.count("SELECT id FROM ledger_entry WHERE seq_no = " + forged.sequence());
  }

  private void assertProblem(Kind kind, long sequence, Long id) {
    var verification = chain.verify();
    assertEquals(new ChainProblem(kind, sequence, id), verification.problem());
  }

  private List<TotalDisagreement> disagreementsOf(TotalsCheck check) {
    return check.totals().stream().filter(t -> t.employeeId() == employee).toList();
  }

  private String totalUpdate(String set) {
    return "UPDATE ledger_total SET "
        + set
        + " WHERE training_year = "
        + YEAR
        + " AND employee_id = "
        + employee;
  }

  /** What the kept June of the test year differs from its entries by: stored minus computed. */
  private static long juneDifference(TotalsCheck check) {
    return check.months().stream()
        .filter(m -> m.year() == YEAR && m.month() == 6)
        .mapToLong(m -> m.stored() - m.computed())
        .sum();
  }

  private long sum(String condition) {
    return data.count(
        "SELECT COALESCE(SUM(minutes), 0) FROM ledger_entry WHERE employee_id = "
            + employee
            + " AND training_year = "
            + YEAR
            + " AND "
            + condition);
  }

  private static String gift(String key) {
    return """
        // @quiz %1$s
        // @title.ko 원장 시험용 퀴즈
        // @title.en A quiz for the ledger test
        // @pass-mark 60
        // @credit-minutes 30

        // @en One is true.
        ::%1$s-01::하나는 참이다.{T}
        """
        .formatted(key);
  }

  /**
   * Eight threads released at once, each appending the credits of {@code perThread} indexes of its
   * own; with one index per thread they all append index 1.
   */
  private List<LedgerEntry> race(int perThread, LongFunction<Credit> credit, String by)
      throws Exception {
    var gate = new CountDownLatch(1);
    var results = new ArrayList<Future<List<LedgerEntry>>>();
    for (int thread = 0; thread < RACERS; thread++) {
      var first = perThread == 1 ? 1 : thread * perThread + 1;
      results.add(
          executor.submit(
              () -> {
                gate.await();
                var appended = new ArrayList<LedgerEntry>();
                for (long i = first; i < first + perThread; i++) {
                  appended.add(ledger.append(credit.apply(i), by));
                }
                return appended;
              }));
    }
    gate.countDown();
    var all = new ArrayList<LedgerEntry>();
    for (var result : results) {
      all.addAll(result.get(180, TimeUnit.SECONDS));
    }
    return all;
  }
}
