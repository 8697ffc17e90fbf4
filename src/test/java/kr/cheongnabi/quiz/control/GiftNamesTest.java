package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftNamesTest {

  @Test
  void theTitleIsTheLastSegmentOfTheCategoryPathWithoutMoodlesContextAndTop() {
    assertEquals("청탁금지법", GiftNames.title("$course$/top/청렴교육/청탁금지법", "x.txt"));
    assertEquals("Default for 청렴", GiftNames.title("$course$/top/Default for 청렴", "x.txt"));
    assertEquals("a/b", GiftNames.title("$module$/top/a//b", "x.txt"));
  }

  @Test
  void withoutACategoryTheFileNameGivesTitleAndIdLessMoodlesExportTime() {
    String file = "questions-청렴-청탁금지법-20261207-1523.txt";

    assertEquals("questions-청렴-청탁금지법", GiftNames.title(null, file));
    assertEquals(
        GiftNames.quizId(null, file),
        GiftNames.quizId(null, "questions-청렴-청탁금지법-20270105-0910.txt"));
    assertTrue(GiftNames.quizId(null, file).matches("questions-[0-9a-f]{8}"));
    assertEquals("graft-act", GiftNames.quizId(null, "graft-act.gift"));
    assertEquals("examples", GiftNames.quizId("$course$/top", "examples.txt"));
  }

  @Test
  void theQuizIdComesFromTheWholeCategoryPathSoTwoSubcategoriesOfTheSameNameDiffer() {
    String id = GiftNames.quizId("$course$/top/Graft Act", "a.txt");

    assertTrue(id.matches("graft-act-[0-9a-f]{8}"), id);
    assertEquals(id, GiftNames.quizId("$course$/top/Graft Act", "b.txt"));
    assertNotEquals(id, GiftNames.quizId("$course$/top/2025/Graft Act", "a.txt"));
    assertTrue(GiftNames.quizId("$course$/top/청탁금지법", "a.txt").matches("quiz-[0-9a-f]{8}"));
    assertTrue(
        QuizSettings.ID.matcher(GiftNames.quizId("$course$/" + "긴".repeat(300), "a")).matches());
  }

  @Test
  void statementIdsAreIdsAndDependOnlyOnTheNameOrTheTextUpToWhiteSpace() {
    assertEquals(GiftNames.fromText("가  나\n다"), GiftNames.fromText(" 가 나 다 "));
    assertNotEquals(GiftNames.fromText("가 나 다"), GiftNames.fromText("가 나 라"));
    for (String id :
        List.of(
            GiftNames.fromText("x".repeat(10_000)),
            GiftNames.fromName("Jesus' hometown (Short answer ex.)"),
            GiftNames.fromName("청렴 ".repeat(100)),
            GiftNames.fromName("a".repeat(100)))) {
      assertTrue(Statement.ID.matcher(id + "-99").matches(), id);
    }
  }
}
