package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.QuizFolder;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import org.junit.jupiter.api.Test;

class BallotTest {

  private final SurveyDefinition external =
      QuizFolder.files(getClass().getClassLoader(), SurveyFileCheck.BUNDLED, ".json").stream()
          .filter(f -> f.name().startsWith("external"))
          .map(
              f ->
                  new SurveyReader()
                      .read(f.name(), new String(f.content(), StandardCharsets.UTF_8)))
          .findFirst()
          .orElseThrow()
          .survey();

  private Map<Integer, Integer> complete() {
    var answers = new HashMap<Integer, Integer>();
    external.items().forEach(i -> answers.put(i.number(), i.scale().highest()));
    return answers;
  }

  @Test
  void aBallotAnswersEveryItemWithinItsScale() {
    assertEquals(external.items().size(), Ballot.of(external, complete()).answers().size());
  }

  @Test
  void aMissingAnOutOfScaleOrAnUnknownAnswerIsRefusedNamingTheItem() {
    var missing = complete();
    missing.remove(2);
    assertEquals(
        "survey.unanswered",
        assertThrows(BusinessException.class, () -> Ballot.of(external, missing)).getMessageKey());
    var outOfScale = complete();
    outOfScale.put(1, 8);
    var e = assertThrows(BusinessException.class, () -> Ballot.of(external, outOfScale));
    assertEquals("survey.badAnswer", e.getMessageKey());
    assertEquals(1, e.getArguments()[0]);
    var unknown = complete();
    unknown.put(99, 1);
    assertThrows(BusinessException.class, () -> Ballot.of(external, unknown));
  }

  @Test
  void codesAreReadWhateverTheirCaseSpacesAndHyphens() {
    String code = SurveyCodes.newCode();
    assertEquals(14, code.length());
    assertEquals(
        java.util.HexFormat.of().formatHex(SurveyCodes.hash(code)),
        java.util.HexFormat.of()
            .formatHex(SurveyCodes.hash(" " + code.toLowerCase().replace("-", " "))));
  }
}
