package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyItem;
import org.junit.jupiter.api.Test;

/**
 * A unit's points from its sums of the answers equal the points from the whole distribution, on
 * every scale and in both directions: why a count and a sum per item are enough.
 */
class AnswerSumsTest {

  @Test
  void theMeanPointsOfAnItemAreThePointsOfItsMeanAnswerOnEveryScale() {
    for (Scale scale : Scale.values()) {
      for (boolean reversed : new boolean[] {false, true}) {
        if (scale == Scale.EXPERIENCED && reversed) {
          continue;
        }
        var item = new SurveyItem(1, "i", new Bilingual("가", "A"), scale, 1, reversed);
        var counts = new AnswerCounts();
        var sums = new AnswerSums();
        int answer = scale.lowest();
        for (long n : List.of(3L, 1L, 4L, 1L, 5L, 9L, 2L)) {
          counts.add(1, answer, n);
          sums.add(1, n, n * answer);
          answer = answer == scale.highest() ? scale.lowest() : answer + 1;
        }
        assertEquals(
            counts.meanPoints(item), sums.meanPoints(item), 1e-9, scale + " reversed " + reversed);
      }
    }
  }

  @Test
  void aUnitsPointsFollowTheHandCalculationAndRolledUpSumsAddUp() {
    var survey = HandResults.survey("internal");
    // The team's five (5, 2, not) and the office's three (3, 4, experienced), rolled together:
    // the README's eight respondents, 62.5 overall.
    var team = new AnswerSums().add(1, 5, 25).add(2, 5, 10).add(3, 5, 0);
    var office = new AnswerSums().add(1, 3, 9).add(2, 3, 12).add(3, 3, 3);
    var both = new AnswerSums().add(team).add(office);
    assertEquals(8, both.responses());
    assertEquals(62.5, SurveyPoints.of(survey, both).overall(), 1e-9);
    assertEquals(SurveyPoints.of(survey, HandResults.eight()), SurveyPoints.of(survey, both));
    // The team alone: c1 100, c2 reversed 75, culture (100 + 3 × 75) / 4 = 81.25, experience
    // 100; overall 0.2 × 81.25 + 0.8 × 100 = 96.25.
    assertEquals(96.25, SurveyPoints.of(survey, team).overall(), 1e-9);
    assertTrue(Double.isNaN(new AnswerSums().meanPoints(survey.items().get(0))));
  }
}
