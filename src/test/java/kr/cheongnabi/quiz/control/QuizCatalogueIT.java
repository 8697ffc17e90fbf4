package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kr.cheongnabi.quiz.control.LoadOutcome.Kind;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loading quiz texts into the database, inside the running application. */
class QuizCatalogueIT extends InContainerTest {

  @EJB QuizCatalogue catalogue;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  private String key;

  @BeforeEach
  void newQuizId() {
    key = TestData.unique("it-quiz-").toLowerCase();
  }

  @Test
  void theBundledQuizzesWereLoadedAtStartUp() {
    var files = QuizFolder.files(QuizCatalogueIT.class.getClassLoader(), QuizFolder.BUNDLED);
    assertFalse(files.isEmpty(), "the application bundles quiz files");
    for (var file : files) {
      var quiz =
          new GiftReader().read(file.name(), new String(file.content(), StandardCharsets.UTF_8));
      assertTrue(quiz.problems().isEmpty(), () -> file.name() + ": " + quiz.problems());
      assertEquals(
          quiz.quiz().statements().stream().map(Statement::id).collect(Collectors.joining(",")),
          data.text(
              "SELECT GROUP_CONCAT(s.statement_key ORDER BY s.position) FROM quiz q"
                  + " JOIN quiz_statement s ON s.quiz_version_id = q.current_version_id"
                  + " WHERE q.quiz_key = '"
                  + quiz.quiz().settings().id()
                  + "'"),
          file.name() + ": its statements, in the file's order");
    }
  }

  @Test
  void aNewQuizIsStoredAsVersionOneWithItsStatementsInFileOrder() {
    var outcome = load(text("첫 문장", "두 번째 문장"));

    assertEquals(Kind.CREATED, outcome.kind());
    assertEquals(1, outcome.versionNo());
    assertEquals(2, outcome.statements());
    assertEquals(outcome.versionId(), currentVersionId());
    assertEquals(
        "s1:첫 문장:0|s2:두 번째 문장:1",
        data.text(
            "SELECT GROUP_CONCAT(CONCAT(statement_key, ':', text_ko, ':', position)"
                + " ORDER BY position SEPARATOR '|') FROM quiz_statement WHERE quiz_version_id = "
                + outcome.versionId()));
  }

  @Test
  void theSameTextAgainEvenWithOtherWhiteSpaceIsUnchanged() {
    var first = load(text("첫 문장", "두 번째 문장"));
    var again = load("\n\n" + text("첫 문장", "두 번째 문장").replace("\n\n", "\n\n\n") + "\n");

    assertEquals(Kind.UNCHANGED, again.kind());
    assertEquals(first.versionId(), again.versionId());
    assertEquals(1, versions());
  }

  @Test
  void anEditedStatementMakesVersionTwoAndLeavesVersionOneAsItWas() {
    var first = load(text("첫 문장", "두 번째 문장"));
    var edited = load(text("첫 문장", "고친 두 번째 문장"));

    assertEquals(Kind.NEW_VERSION, edited.kind());
    assertEquals(2, edited.versionNo());
    assertEquals(edited.versionId(), currentVersionId());
    assertEquals(2, versions());
    assertEquals(
        "두 번째 문장",
        data.text(
            "SELECT text_ko FROM quiz_statement WHERE statement_key = 's2' AND quiz_version_id = "
                + first.versionId()));
    assertEquals(
        "고친 두 번째 문장",
        data.text(
            "SELECT text_ko FROM quiz_statement WHERE statement_key = 's2' AND quiz_version_id = "
                + edited.versionId()));
  }

  @Test
  void anUndoneEditMakesTheEarlierVersionCurrentAgain() {
    var first = load(text("첫 문장", "두 번째 문장"));
    load(text("첫 문장", "고친 두 번째 문장"));
    var undone = load(text("첫 문장", "두 번째 문장"));

    assertEquals(Kind.RESTORED, undone.kind());
    assertEquals(first.versionId(), undone.versionId());
    assertEquals(first.versionId(), currentVersionId());
    assertEquals(2, versions());
  }

  @Test
  void anUnchangedFileDoesNotUndoWhatATrainerChangedSince() {
    var fromFile = load(text("첫 문장", "두 번째 문장"));
    var edited = load(text("첫 문장", "강사가 고친 두 번째 문장"));
    // As if the second version had been saved in the editor rather than read from the file.
    data.execute("UPDATE quiz_version SET origin = 'EDITOR' WHERE id = " + edited.versionId());

    var restarted = load(text("첫 문장", "두 번째 문장"));

    assertEquals(Kind.KEPT, restarted.kind());
    assertEquals(edited.versionId(), restarted.versionId());
    assertEquals(edited.versionId(), currentVersionId());
    assertTrue(fromFile.versionId() < edited.versionId());
    assertEquals(2, versions());
  }

  @Test
  void aTextWithAnErrorIsRejectedWithFileAndLineAndNothingIsStored() {
    var outcome = load(text("첫 문장", "두 번째 문장").replace("{F}", "{false}"));

    assertEquals(Kind.REJECTED, outcome.kind());
    var problem = outcome.problems().get(0);
    assertEquals(key + ".gift", problem.file());
    assertEquals(9, problem.line());
    assertEquals("answer.lowerCase", problem.key());
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));
  }

  @Test
  void twoInstancesLoadingTheSameNewTextAtOnceStoreOneVersion() throws Exception {
    byte[] content = text("첫 문장", "두 번째 문장").getBytes(StandardCharsets.UTF_8);
    var firstStored = new CountDownLatch(1);
    var secondWaiting = new CountDownLatch(1);
    // The first load's transaction stays open until the second load waits on the quiz's key.
    Future<LoadOutcome> first =
        executor.submit(
            () -> {
              transaction.begin();
              try {
                var outcome = catalogue.loadFile(key + ".gift", content);
                firstStored.countDown();
                secondWaiting.await(60, TimeUnit.SECONDS);
                transaction.commit();
                return outcome;
              } catch (Exception e) {
                transaction.rollback();
                throw e;
              }
            });
    assertTrue(firstStored.await(60, TimeUnit.SECONDS), "the first load stored its version");
    Future<LoadOutcome> second = executor.submit(() -> catalogue.loadFile(key + ".gift", content));
    awaitInsertWaitingOnALock();
    secondWaiting.countDown();

    assertEquals(Kind.CREATED, first.get().kind());
    var failure = assertThrows(ExecutionException.class, second::get);
    assertTrue(QuizCatalogue.loadedMeanwhile(failure.getCause()), () -> trace(failure.getCause()));
    assertEquals(1, versions());
    assertEquals(1, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));
  }

  /** Waits until a connection of the application sits in an insert of a quiz. */
  private void awaitInsertWaitingOnALock() throws InterruptedException {
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (data.count(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                + " WHERE INFO LIKE 'INSERT INTO quiz (%'")
        == 0) {
      assertTrue(System.nanoTime() < deadline, "the second load never reached its insert");
      Thread.sleep(20);
    }
  }

  @Test
  void aPlainMoodleFileIsStoredInKoreanOnlyAndAnEditedOneKeepsTheIdsOfTheQuestionsLeftAlone() {
    String category = "$course$/top/청렴교육/" + key;
    String moodle =
        String.join(
            "\n",
            "// @skip multiple-choice",
            "",
            "$CATEGORY: " + category,
            "",
            "사적이해관계는 14일 안에 신고한다.{T}",
            "",
            "::현금 축의금::현금 축의금 10만 원은 받아도 된다.{F#현금은 5만 원까지입니다.}",
            "",
            "허용되지 않는 선물은?{~농수산물 =상품권}",
            "");
    String quizKey = GiftNames.quizId(category, "");
    var first = loadBank(moodle);

    assertEquals(Kind.CREATED, first.kind(), () -> first.problems().toString());
    assertEquals(quizKey, first.quizKey());
    assertEquals(1, first.skipped());
    assertEquals(
        key + " null",
        data.text(
            "SELECT CONCAT(title_ko, ' ', COALESCE(title_en, 'null')) FROM quiz_version WHERE id = "
                + first.versionId()));
    String stored =
        "SELECT GROUP_CONCAT(CONCAT(statement_key, '/', COALESCE(text_en, 'null'))"
            + " ORDER BY position SEPARATOR '|') FROM quiz_statement WHERE quiz_version_id = ";
    String named = GiftNames.fromName("현금 축의금");
    assertEquals(
        GiftNames.fromText("사적이해관계는 14일 안에 신고한다.") + "/null|" + named + "/null",
        data.text(stored + first.versionId()));

    var edited = loadBank(moodle.replace("14일 안에", "14일 이내에").replace("10만 원은", "10만 원도"));

    assertEquals(Kind.NEW_VERSION, edited.kind());
    assertEquals(quizKey, edited.quizKey());
    assertEquals(
        GiftNames.fromText("사적이해관계는 14일 이내에 신고한다.") + "/null|" + named + "/null",
        data.text(stored + edited.versionId()));

    var undeclared = loadBank(moodle.replace("// @skip multiple-choice", "// @skip essay"));
    assertEquals(Kind.REJECTED, undeclared.kind());
    assertEquals("skip.undeclared", undeclared.problems().get(0).key());
    assertEquals(9, undeclared.problems().get(0).line());
  }

  private LoadOutcome loadBank(String moodle) {
    return catalogue.loadFile("bank.txt", moodle.getBytes(StandardCharsets.UTF_8));
  }

  private LoadOutcome load(String text) {
    return catalogue.loadFile(key + ".gift", text.getBytes(StandardCharsets.UTF_8));
  }

  /** A quiz of two statements; the second is on line 9. */
  private String text(String first, String second) {
    return String.join(
        "\n",
        "// @quiz " + key,
        "// @title.ko 시험 퀴즈",
        "// @title.en Test quiz",
        "",
        "// @en First statement",
        "::s1::" + first + "{T}",
        "",
        "// @en Second statement",
        "::s2::" + second + "{F}",
        "");
  }

  private long versions() {
    return data.count(
        "SELECT COUNT(*) FROM quiz_version v JOIN quiz q ON q.id = v.quiz_id"
            + " WHERE q.quiz_key = '"
            + key
            + "'");
  }

  private long currentVersionId() {
    return data.count("SELECT current_version_id FROM quiz WHERE quiz_key = '" + key + "'");
  }

  private static String trace(Throwable failure) {
    var causes = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      causes.append(cause).append('\n');
    }
    return causes.toString();
  }
}
