package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of quizzes/README.md and examples in the style of Moodle's GIFT documentation. */
class GiftExamplesTest {

  private static final String HEADER =
      "// @quiz moodle\n// @title.ko 예제\n// @title.en Examples\n\n";

  /** Questions as Moodle's GIFT documentation and examples file write them. */
  private static final String MOODLE_EXAMPLES =
      """
      // ===Multiple Choice===
      Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

      Grant is {~buried =entombed ~living} in Grant's tomb.

      The American holiday of Thanksgiving is celebrated on the {
          ~second
          ~third
          =fourth
      } Thursday of November.

      // ===Short Answer===
      Two plus two equals {=four =4}.

      // ===True-False===
      Grant is buried in Grant's tomb.{F}

      The sun rises in the east.{TRUE}

      Grant was buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}

      // ===Matching===
      Match the following countries with their corresponding capitals. {
          =Canada -> Ottawa
          =Italy  -> Rome
          }

      // ===Numerical===
      When was Ulysses S. Grant born? {#1822:1}

      What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

      // ===Essay===
      How are you? {}

      // ===Description===
      You can use your pencil and paper for these next math questions.

      // ===Special Characters===
      Which answer equals 5? {
           ~ \\= 2 + 2
           = \\= 2 + 3
           ~ \\= 2 + 4  }

      // ===Specify text format===
      [markdown]Who's buried in **Grant's tomb**?{
      =no one#excellent answer!
      =nobody#excellent answer!}
      """;

  private final GiftReader reader = new GiftReader();

  private static int lineOf(String text, String snippet) {
    int at = text.indexOf(snippet);
    assertTrue(at >= 0, snippet);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void readsMoodlesTrueFalseExamplesAndSkipsEveryOtherKindAtTheLineWhereItStarts() {
    String file = HEADER + MOODLE_EXAMPLES;
    GiftResult result = reader.read("examples.gift", file);

    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of(false, true, false),
        result.quiz().statements().stream().map(Statement::correct).toList());
    assertEquals(
        List.of(
            lineOf(file, "{~Grant") + " MULTIPLE_CHOICE",
            lineOf(file, "{~buried") + " MULTIPLE_CHOICE",
            lineOf(file, "The American holiday") + " MULTIPLE_CHOICE",
            lineOf(file, "{=four") + " SHORT_ANSWER",
            lineOf(file, "Match the following") + " MATCHING",
            lineOf(file, "{#1822") + " NUMERICAL",
            lineOf(file, "{#3.141") + " NUMERICAL",
            lineOf(file, "How are you") + " ESSAY",
            lineOf(file, "You can use") + " DESCRIPTION",
            lineOf(file, "equals 5? {") + " MULTIPLE_CHOICE",
            lineOf(file, "[markdown]") + " SHORT_ANSWER"),
        result.skipped().stream().map(s -> s.line() + " " + s.kind()).toList());
  }

  @Test
  void readsMoodlesTrueFalseExamplesOnceTheyHaveANameAndEnglish() {
    QuizFile quiz =
        reader
            .read(
                "examples.gift",
                HEADER
                    + """
                    // @en Grant is buried in Grant's tomb.
                    ::grant::Grant is buried in Grant's tomb.{F}

                    // @en The sun rises in the east.
                    ::sun::The sun rises in the east.{TRUE}

                    // @en Grant was buried in Grant's tomb.
                    ::tomb::Grant was buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}
                    """)
            .quiz();

    assertFalse(quiz.statements().get(0).correct());
    assertTrue(quiz.statements().get(1).correct());
    assertEquals(
        RichText.of("No one is buried in Grant's tomb."), quiz.statements().get(2).wrongKo());
  }

  private static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("quizzes", "README.md"));
    int start = readme.indexOf("```\n") + 4;
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void readsTheReadmeExample() throws IOException {
    String example = readmeExample();

    QuizFile quiz = reader.read("graft-act.gift", example).quiz();

    assertEquals("graft-act", quiz.settings().id());
    assertEquals(70, quiz.settings().passMarkPercent());
    assertEquals("$course$/integrity/graft-act", quiz.category());
    Statement statement = quiz.statements().get(0);
    assertEquals("graft-01", statement.id());
    assertTrue(statement.correct());
    assertEquals(
        RichText.of("2024년 8월 27일부터 공직자에게 제공할 수 있는 음식물 가액 한도는 5만 원이다."), statement.textKo());
    assertEquals(RichText.of("맞습니다. 3만 원에서 5만 원으로 올랐습니다."), statement.rightKo());
    assertTrue(statement.wrongKo().source().startsWith("한도는 2024년 8월 27일부터 5만 원입니다"));
    assertTrue(statement.explanationKo().source().startsWith("예: 거래업체가"));
    assertTrue(statement.explanationEn().source().startsWith("A supplier's invitation"));
    assertEquals(quiz, reader.read("again.gift", new GiftWriter().write(quiz)).quiz());
  }
}
