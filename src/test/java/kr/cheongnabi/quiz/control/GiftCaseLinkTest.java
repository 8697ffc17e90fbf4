package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A statement's {@code // @case} line: read, checked against the known cases, written back. */
class GiftCaseLinkTest {

  private static final String QUIZ =
      """
      // @quiz linked
      // @title.ko 연결
      // @title.en Linked

      // @en Meals up to 50,000 won are allowed.
      // @case graft-meal-with-contractor
      ::s1::5만 원까지 식사가 허용된다.{T}

      // @en No case here.
      ::s2::사례 없음.{F}
      """;

  private final GiftReader reader = new GiftReader(Set.of("graft-meal-with-contractor")::contains);

  @Test
  void aStatementLinksToAKnownCase() {
    var result = reader.read("linked.gift", QUIZ);

    assertTrue(result.isValid(), () -> result.problems().toString());
    var statements = result.quiz().statements();
    assertEquals("graft-meal-with-contractor", statements.get(0).caseKey());
    assertNull(statements.get(1).caseKey());
  }

  @Test
  void aPlainMoodleQuestionWithoutANameKeepsItsCaseUnderTheIdMadeForIt() {
    var plain =
        """
        $CATEGORY: $course$/top/청탁금지법

        // @case graft-meal-with-contractor
        5만 원까지 식사가 허용된다.{T}

        5만 원까지 식사가 허용된다.{T}
        """;
    var result = reader.read("plain.gift", plain);

    assertTrue(result.isValid(), () -> result.problems().toString());
    var statements = result.quiz().statements();
    assertEquals("graft-meal-with-contractor", statements.get(0).caseKey());
    assertEquals(statements.get(0).id() + "-2", statements.get(1).id());
    assertNull(statements.get(1).caseKey());
  }

  @Test
  void anUnknownCaseIsNamedWithFileAndLine() {
    var result = reader.read("linked.gift", QUIZ.replace("with-contractor", "missing"));

    assertFalse(result.isValid());
    assertEquals(
        List.of(
            "linked.gift line 6: there is no integrity case 'graft-meal-missing'; write the key"
                + " of a case of the case library (Trainer > Integrity cases)"),
        messages(result));
  }

  @Test
  void aCaseLineAwayFromItsQuestionOrTwiceIsRefused() {
    var misplaced =
        QUIZ.replace("// @case graft-meal-with-contractor\n::s1::", "::s1::")
            .replace("사례 없음.{F}", "사례 없음.\n// @case a\n// @case b\n{F}");
    var result = reader.read("linked.gift", misplaced);

    assertFalse(result.isValid());
    var messages = messages(result);
    assertTrue(
        messages.get(0).startsWith("linked.gift line 10: '// @case' comes after"),
        messages::toString);
  }

  @Test
  void theWriterKeepsTheLink() {
    var quiz = reader.read("linked.gift", QUIZ).quiz();

    var text = new GiftWriter().write(quiz);
    var again = reader.read("linked.gift", text);

    assertTrue(text.contains("// @case graft-meal-with-contractor\n::s1::"), text);
    assertEquals(quiz, again.quiz());
  }

  private static List<String> messages(GiftResult result) {
    return result.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList();
  }
}
