package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.survey.entity.SurveyVersion;
import org.junit.jupiter.api.Test;

class ResultsExportTest {

  private static final String HAND =
      """
      {"format": "cheongnabi-survey/1", "key": "hand", "kind": "internal",
       "title": {"ko": "손계산", "en": "Hand"},
       "areas": [
         {"key": "culture", "title": {"ko": "조직문화", "en": "Culture"}, "weight": 0.2, "items": [
           {"key": "c1", "text": {"ko": "가", "en": "A"}, "scale": "likert5"},
           {"key": "c2", "text": {"ko": "나", "en": "B"}, "scale": "likert5", "reverse": true, "weight": 3}]},
         {"key": "experience", "title": {"ko": "부패경험", "en": "Experience"}, "weight": 0.8, "items": [
           {"key": "e1", "text": {"ko": "다", "en": "C"}, "scale": "experienced"}]}
       ]}
      """;

  private static Results results(int respondents, AnswerCounts counts) {
    SurveyDefinition survey = new SurveyReader().read("hand.json", HAND).survey();
    var version = new SurveyVersion(survey, 1, "hand.json", "0", HAND, Instant.EPOCH);
    var round =
        new SurveyRound(
            version, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), 8, "hr", Instant.EPOCH);
    return new Results(
        round,
        survey,
        respondents,
        8,
        respondents,
        SurveyPoints.of(survey, counts),
        counts,
        Optional.empty(),
        List.of(new UnitRate(7, new Bilingual("감사팀", "Audit"), 8, respondents)));
  }

  @Test
  void theTableHoldsTheHandCalculationRowByRow() {
    // Eight respondents: five (5, 2, not) and three (3, 4, experienced).
    var counts =
        new AnswerCounts()
            .add(1, 5, 5)
            .add(1, 3, 3)
            .add(2, 2, 5)
            .add(2, 4, 3)
            .add(3, 0, 5)
            .add(3, 1, 3);
    var rows = ResultsExport.rows(results(8, counts), Locale.ENGLISH, (key, args) -> key);
    assertEquals(
        List.of("SURVEY", "hand", "Hand", 8L, new BigDecimal("62.5")), rows.get(0).subList(0, 5));
    assertEquals(new BigDecimal("62.5"), rows.get(1).get(4), "culture");
    assertEquals(
        List.of("ITEM", "c1", "1. A", 8L, new BigDecimal("81.3")), rows.get(3).subList(0, 5));
    assertEquals(List.of("ANSWER", "c1=5", "survey.likert5.5", 5L), rows.get(8).subList(0, 4));
    var unit = rows.get(rows.size() - 1);
    assertEquals(List.of("UNIT", "7", "Audit", 8L, new BigDecimal("100.0"), 8L), unit);
  }

  @Test
  void underFiveAnswersNoFigureIsWritten() {
    var counts = new AnswerCounts().add(1, 5, 2).add(2, 2, 2).add(3, 0, 2);
    var rows = ResultsExport.rows(results(2, counts), Locale.ENGLISH, (key, args) -> key);
    assertNull(rows.get(0).get(4));
    assertNull(rows.get(3).get(4));
    var unit = rows.get(rows.size() - 1);
    assertNull(unit.get(4));
  }
}
