package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.control.SurveyResults.Earlier;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import org.junit.jupiter.api.Test;

/** A round's results are made from its totals alone: this year's, last year's and the units'. */
class SurveyResultsTest {

  /** Totals as stored for two rounds: 7 this year (round 2), 5 last year (round 1). */
  private static final class StoredTotals extends SurveyTotals {
    final Map<Long, AnswerCounts> answers =
        Map.of(
            2L,
            new AnswerCounts()
                .add(1, 5, 5)
                .add(1, 3, 2)
                .add(2, 2, 5)
                .add(2, 4, 2)
                .add(3, 0, 5)
                .add(3, 1, 2),
            1L,
            new AnswerCounts().add(1, 5, 5).add(2, 1, 5).add(3, 0, 5));

    @Override
    public long responses(long roundId) {
      return roundId == 2 ? 7 : 5;
    }

    @Override
    public AnswerCounts answers(long roundId) {
      return answers.get(roundId);
    }

    @Override
    public List<UnitRate> units(long roundId, SurveyDefinition survey) {
      return List.of(
          new UnitRate(10, new Bilingual("팀", "Team"), 8, 6),
          new UnitRate(1, new Bilingual("시청", "City"), 4, 1));
    }
  }

  @Test
  void theResultsAreTheTotalsWithPointsAndLastYearBeside() {
    var survey = HandResults.survey("internal");
    var results =
        SurveyResults.of(new StoredTotals(), null, 2, survey, Optional.of(new Earlier(1, survey)));
    assertEquals(7, results.responses());
    assertEquals(12, results.asked(), "the units' asked, summed");
    assertEquals(7, results.answered());
    assertEquals(2, results.units().size());
    assertEquals(5, results.counts().count(1, 5));
    // c1: five 5 (100), two 3 (50) → 85.71; c2 reversed: five 2 (75), two 4 (25) → 60.71;
    // culture (85.71 + 3 × 60.71) / 4 = 66.96; e1: five not (100) of 7 → 71.43;
    // overall 0.2 × 66.96 + 0.8 × 71.43 = 70.54.
    assertEquals(70.54, results.points().overall(), 0.01);
    assertEquals(100, results.lastYear().orElseThrow().overall(), 1e-9);
    assertTrue(
        SurveyResults.of(new StoredTotals(), null, 2, survey, Optional.empty())
            .lastYear()
            .isEmpty());
  }
}
