package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuizStorageLimitsTest {

  private static QuizFile quiz(String titleKo, String textKo) {
    return new QuizFile(
        QuizSettings.defaults("q", titleKo, "Quiz"),
        null,
        List.of(Statement.of("s1", RichText.of(textKo), RichText.of("Statement"), true)));
  }

  @Test
  void aQuizThatFitsHasNoProblems() {
    assertEquals(
        List.of(), QuizStorageLimits.problems("q.gift", "text", quiz("가".repeat(255), "문장")));
  }

  @Test
  void aTitleLongerThan255CharactersIsRefusedEvenWhenEachIsOneCharacter() {
    var problems = QuizStorageLimits.problems("q.gift", "text", quiz("가".repeat(256), "문장"));

    assertEquals(1, problems.size());
    assertEquals(
        "q.gift: '// @title.ko' is too long to be stored: 256 characters where at most 255"
            + " characters fit",
        problems.get(0).message(Locale.ENGLISH));
  }

  @Test
  void aStatementTextIsMeasuredInUtf8Bytes() {
    // 21,846 Hangul syllables are 65,538 bytes in UTF-8, more than a TEXT column holds.
    var problems = QuizStorageLimits.problems("q.gift", "text", quiz("퀴즈", "가".repeat(21_846)));

    assertEquals(1, problems.size());
    assertEquals(List.of("::s1::", "65538 bytes", "65535 bytes"), problems.get(0).args());
  }
}
