package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kr.cheongnabi.survey.entity.Scale;
import org.junit.jupiter.api.Test;

/** Points as the README's example computes them by hand. */
class SurveyPointsTest {

  @Test
  void likertItemsScoreTheirPlaceOnTheScaleAndReversedItemsTheRest() {
    assertEquals(0, Scale.LIKERT5.points(1, false));
    assertEquals(75, Scale.LIKERT5.points(4, false));
    assertEquals(25, Scale.LIKERT5.points(4, true));
    assertEquals(50, Scale.LIKERT7.points(4, false));
    assertEquals(100.0 / 6, Scale.LIKERT7.points(2, false), 1e-9);
    assertEquals(100, Scale.YESNO.points(1, false));
    assertEquals(0, Scale.YESNO.points(1, true));
    assertEquals(0, Scale.EXPERIENCED.points(1, false), "experienced corruption scores 0");
    assertEquals(100, Scale.EXPERIENCED.points(0, false));
  }

  @Test
  void areasAreWeightedMeansOfItemsAndTheOverallAWeightedMeanOfAreas() {
    var survey = HandResults.survey("internal");
    // Two respondents: (c1=5, c2=2, e1=not) and (c1=3, c2=4, e1=experienced).
    var counts =
        new AnswerCounts()
            .add(1, 5, 1)
            .add(1, 3, 1)
            .add(2, 2, 1)
            .add(2, 4, 1)
            .add(3, 0, 1)
            .add(3, 1, 1);
    var points = SurveyPoints.of(survey, counts);
    // c1: (100 + 50) / 2 = 75; c2 reversed: (75 + 25) / 2 = 50; culture (75×1 + 50×3) / 4 = 56.25
    assertEquals(56.25, points.areas().get("culture"), 1e-9);
    // e1: (100 + 0) / 2 = 50
    assertEquals(50, points.areas().get("experience"), 1e-9);
    // overall (56.25 × 0.2 + 50 × 0.8) / 1.0 = 51.25
    assertEquals(51.25, points.overall(), 1e-9);
    assertEquals("51.3", SurveyPoints.shown(points.overall()));
  }

  @Test
  void anAreaWithoutAnswersHasNoPointsAndLeavesTheOverallToTheOthers() {
    var survey = HandResults.survey("internal");
    var points = SurveyPoints.of(survey, new AnswerCounts().add(3, 0, 4));
    assertEquals(Double.NaN, points.areas().get("culture"));
    assertEquals(100, points.overall(), 1e-9);
    assertEquals("–", SurveyPoints.shown(Double.NaN));
  }
}
