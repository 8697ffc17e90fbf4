package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** The parts of the catalogue that need no database: telling texts apart, and lost races. */
class QuizCatalogueTest {

  private static final String TEXT =
      """
      // @quiz q
      // @title.ko 퀴즈
      // @title.en Quiz
      // @pass-mark 80
      // @draw 1

      // @en First
      ::s1::첫 문장{T}

      // @en Second
      ::s2::두 번째 문장{F#틀렸습니다.#맞습니다.}
      """;

  private final GiftReader reader = new GiftReader();

  private String sha(String text) {
    var result = reader.read("q.gift", text);
    assertTrue(result.isValid(), () -> result.problems().toString());
    return QuizCatalogue.contentSha256(result.quiz());
  }

  @Test
  void theHashIsOfSha256InLowerCaseHex() {
    assertTrue(sha(TEXT).matches("[0-9a-f]{64}"), sha(TEXT));
  }

  @Test
  void whiteSpaceLineEndingsAndCommentsMakeNoNewVersion() {
    String edited =
        "\uFEFF// a note for authors\r\n"
            + TEXT.replace("\n\n", "\n\n\n").replace("\n", "\r\n").replace("첫 문장{T}", "첫 문장 {T}")
            + "\r\n\r\n";

    assertEquals(sha(TEXT), sha(edited));
  }

  @Test
  void theOrderOfTheHeaderLinesMakesNoNewVersion() {
    String reordered =
        TEXT.replace("// @pass-mark 80\n// @draw 1\n", "// @draw 1\n// @pass-mark 80\n");

    assertNotEquals(TEXT, reordered);
    assertEquals(sha(TEXT), sha(reordered));
  }

  @Test
  void aChangedStatementSettingOrFeedbackIsANewVersion() {
    String original = sha(TEXT);

    assertNotEquals(original, sha(TEXT.replace("두 번째 문장", "고친 문장")));
    assertNotEquals(original, sha(TEXT.replace("{F#", "{T#")));
    assertNotEquals(original, sha(TEXT.replace("// @pass-mark 80", "// @pass-mark 70")));
    assertNotEquals(original, sha(TEXT.replace("맞습니다.", "정답입니다.")));
    assertNotEquals(original, sha(TEXT.replace("// @en Second", "// @en The second")));
  }

  @Test
  void aDuplicateKeyDeepInTheCausesMeansAnotherInstanceLoadedIt() {
    var duplicate = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);

    assertTrue(
        QuizCatalogue.loadedMeanwhile(
            new EJBException(new PersistenceException("insert failed", duplicate))));
    assertTrue(
        QuizCatalogue.loadedMeanwhile(
            new PersistenceException(
                new BatchUpdateException("batch", "23000", 1062, new int[0], duplicate))));
  }

  @Test
  void aLostVersionCheckMeansAnotherInstanceLoadedIt() {
    assertTrue(QuizCatalogue.loadedMeanwhile(new EJBException(new OptimisticLockException())));
  }

  @Test
  void otherFailuresAreNotTakenForARace() {
    assertFalse(QuizCatalogue.loadedMeanwhile(new EJBException("bean failed")));
    assertFalse(
        QuizCatalogue.loadedMeanwhile(
            new PersistenceException(new SQLException("Data too long", "22001", 1406))));
    assertFalse(
        QuizCatalogue.loadedMeanwhile(
            new PersistenceException(new SQLException("Connection lost", "08S01"))));
  }
}
