package kr.cheongnabi.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import kr.cheongnabi.quiz.control.GiftReader;
import kr.cheongnabi.quiz.control.QuizFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bank of the senior officials' self-assessment that ships in quizzes/. */
class SelfAssessmentBankTest {

  private static QuizFile bank;

  @BeforeAll
  static void read() throws IOException {
    var file = Path.of("quizzes/senior-self-assessment.gift");
    var result = new GiftReader().read(file.toString(), Files.readString(file)).forFolder();
    assertTrue(result.isValid(), result.problems().toString());
    bank = result.quiz();
  }

  @Test
  void isOnlyForThoseItIsAssignedToAndCreditsNothingByItself() {
    assertTrue(bank.settings().assignedOnly());
    assertEquals(0, bank.settings().creditMinutes(), "HR decides whether a pass credits minutes");
  }

  @Test
  void drawsTenStatementsAtAMinuteEach() {
    assertEquals(10, bank.settings().draw());
    assertEquals(bank.settings().draw(), bank.settings().timeLimitMinutes());
    assertTrue(bank.settings().shuffle());
  }

  @Test
  void holdsAtLeastSixStatementsOnEachOfTheFourLawsAndTwentyFourInAll() {
    Map<String, Long> perLaw =
        bank.statements().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.id().replaceAll("-[0-9]+$", ""), Collectors.counting()));

    assertEquals(
        java.util.Set.of("sa-graft", "sa-coi", "sa-conduct", "sa-whistle"), perLaw.keySet());
    perLaw.forEach((law, count) -> assertTrue(count >= 6, law + ": " + count));
    assertTrue(bank.statements().size() >= 24, "statements: " + bank.statements().size());
  }

  @Test
  void everyStatementIsInKoreanAndEnglishWithFeedbackAndAnExplanation() {
    for (var s : bank.statements()) {
      assertNotNull(s.textEn(), s.id());
      assertNotNull(s.wrongKo(), s.id());
      assertNotNull(s.wrongEn(), s.id());
      assertNotNull(s.rightKo(), s.id());
      assertNotNull(s.rightEn(), s.id());
      assertNotNull(s.explanationKo(), s.id());
      assertNotNull(s.explanationEn(), s.id());
    }
  }

  @Test
  void answersAreNeitherAllTrueNorAllFalse() {
    long right = bank.statements().stream().filter(s -> s.correct()).count();
    assertTrue(right > 10 && right < bank.statements().size() - 10, "true: " + right);
  }
}
