package kr.cheongnabi.quiz.control;

import static kr.cheongnabi.quiz.control.QuestionKind.MATCHING;
import static kr.cheongnabi.quiz.control.QuestionKind.MULTIPLE_CHOICE;
import static kr.cheongnabi.quiz.control.QuestionKind.NUMERICAL;
import static kr.cheongnabi.quiz.control.QuestionKind.SHORT_ANSWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Moodle's own example file (question/format/gift/examples.txt of github.com/moodle/moodle, saved
 * byte for byte as src/test/resources/gift/moodle-examples.txt) read as it is: no header, no names,
 * no English, and every kind of question.
 */
class MoodleExamplesFileTest {

  private static final String GRANT = "Grant is buried in Grant's tomb.";

  private static GiftResult read() throws IOException {
    try (InputStream in =
        MoodleExamplesFileTest.class.getResourceAsStream("/gift/moodle-examples.txt")) {
      return new GiftReader().read("examples.txt", in);
    }
  }

  @Test
  void readsEveryTrueFalseQuestionExactlyWithItsTruthAndFeedback() throws IOException {
    GiftResult result = read();

    assertTrue(result.isValid(), () -> result.problems().toString());
    List<Statement> statements = result.quiz().statements();
    assertEquals(5, statements.size());
    // Line 12 {FALSE}, 49 {F}, 51 {T}, 113 {FALSE#...}, 171 {FALSE}, in file order.
    assertEquals(
        List.of(GRANT, GRANT, "The sun rises in the east.", GRANT, GRANT),
        statements.stream().map(s -> s.textKo().source()).toList());
    assertEquals(
        List.of(false, false, true, false, false),
        statements.stream().map(Statement::correct).toList());
    for (Statement statement : statements) {
      assertEquals(TextFormat.MOODLE, statement.textKo().format());
      assertNull(statement.textEn(), "Moodle's file has no English");
      assertNull(statement.rightKo());
      assertNull(statement.explanationKo());
    }
    // {FALSE#No one is buried in Grant's tomb.}: Moodle shows it to whoever answers true.
    assertEquals(RichText.of("No one is buried in Grant's tomb."), statements.get(3).wrongKo());
    assertNull(statements.get(0).wrongKo());
    assertNull(statements.get(2).wrongKo());
  }

  @Test
  void namesEveryOtherQuestionByItsLineAndKind() throws IOException {
    GiftResult result = read();

    Map<Integer, QuestionKind> expected = new TreeMap<>();
    List.of(8, 10, 25, 27, 29, 35, 93, 98, 115, 117, 130, 136, 143, 148, 167, 169, 184, 190)
        .forEach(line -> expected.put(line, MULTIPLE_CHOICE));
    List.of(14, 43, 45, 90, 103, 108, 123, 173, 195)
        .forEach(line -> expected.put(line, SHORT_ANSWER));
    List.of(16, 70, 72, 74, 76, 85, 175, 202).forEach(line -> expected.put(line, NUMERICAL));
    List.of(55, 61, 177).forEach(line -> expected.put(line, MATCHING));
    assertEquals(
        expected,
        result.skipped().stream()
            .collect(
                Collectors.toMap(
                    GiftSkip::line,
                    GiftSkip::kind,
                    (a, b) -> a,
                    TreeMap<Integer, QuestionKind>::new)));
    assertEquals(38, result.skippedCount());
    assertEquals(
        "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
        result.skipped().get(0).excerpt());
    assertTrue(result.skipped().stream().allMatch(s -> s.file().equals("examples.txt")));
  }

  @Test
  void givesTheQuestionsWithoutNamesIdsFromTheirTextTheSameTextNumberedInFileOrder()
      throws IOException {
    List<String> ids = read().quiz().statements().stream().map(Statement::id).toList();

    String grant = GiftNames.fromText(GRANT);
    assertEquals(
        List.of(
            grant,
            grant + "-2",
            GiftNames.fromText("The sun rises in the east."),
            grant + "-3",
            grant + "-4"),
        ids);
    assertEquals(ids, read().quiz().statements().stream().map(Statement::id).toList());
  }

  @Test
  void titlesAndNamesTheQuizAfterTheFileForWantOfACategory() throws IOException {
    QuizSettings settings = read().quiz().settings();

    assertEquals("examples", settings.id());
    assertEquals("examples", settings.titleKo());
    assertNull(settings.titleEn());
    assertNull(read().quiz().category());
  }

  @Test
  void isRefusedInTheQuizzesFolderWhereNobodyConfirmsLeavingQuestionsOut() throws IOException {
    GiftResult folder = read().forFolder();

    assertFalse(folder.isValid());
    assertEquals(38, folder.problemCount());
    GiftProblem first = folder.problems().get(0);
    assertEquals(8, first.line());
    assertEquals("skip.undeclared", first.key());
  }
}
